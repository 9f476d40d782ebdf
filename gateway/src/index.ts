export { createGatewayApp } from './app';
