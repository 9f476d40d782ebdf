export * from './hub';
export * from './secrets';
export * from './processes';
export { userTable } from './token';
export { loadScaleWorld, generatedClientCount } from './scale/load';
export { scaleBaseOf } from './scale/scale-world';
