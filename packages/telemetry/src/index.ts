export * from './tracing';
export * from './safe-spans';
export * from './metrics';
