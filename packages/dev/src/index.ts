export * from './hub';
export * from './secrets';
export * from './processes';
export { userTable } from './token';
