export * from './errors';
export * from './logger';
export * from './mask';
export * from './redact';
