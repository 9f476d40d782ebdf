export { createCorrectionsApp } from './app';
export { buildCorrectionsSchema } from './schema';
export { permissions, personalData } from './permissions';
