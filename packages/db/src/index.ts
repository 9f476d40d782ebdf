export * from './statements';
export * from './orm';
export * from './admin';
export * from './embedded';
export * from './loaders';
export * from './access-log';
export * from './idempotency';
export * from './pool';
