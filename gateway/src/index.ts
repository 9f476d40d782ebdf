export { createGatewayApp } from './app';
export { agencyStates, type AgencyState } from './agencies';
