export { createChildProtectionApp } from './app';
export { buildChildProtectionSchema } from './schema';
export { permissions, personalData } from './permissions';
