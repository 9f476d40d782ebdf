export { createWorksitesApp } from './app';
export { buildWorksitesSchema } from './schema';
export { permissions, personalData } from './permissions';
export { creditedHoursByQuarter } from './cooperation/cooperation';
