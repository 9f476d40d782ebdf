export { createCorrectionsApp } from './app';
export { buildCorrectionsSchema } from './schema';
export { permissions } from './permissions';
