export * from './database';
export * from './tokens';
export * from './client';
export { freePort } from './global-setup';
export * from './demo';
export * from './traces';
export * from './scopes';
export * from './lean';
export * from './subgraph';
