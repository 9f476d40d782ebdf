export { createChildProtectionApp } from './app';
export { buildChildProtectionSchema } from './schema';
export { permissions } from './permissions';
