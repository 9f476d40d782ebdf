export { createWorksitesApp } from './app';
export { buildWorksitesSchema } from './schema';
export { permissions, personalData } from './permissions';
