export { createGatewayApp, LIMITS } from './app';
