export * from './hub';
export * from './secrets';
export * from './processes';
export { claimsOf, userTable } from './token';
