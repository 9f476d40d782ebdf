export * from './errors';
export * from './logger';
export * from './mask';
export * from './redact';
export * from './language';
export * from './indonesian';
export * from './messages-id';
