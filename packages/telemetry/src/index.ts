export * from './tracing';
export * from './safe-spans';
