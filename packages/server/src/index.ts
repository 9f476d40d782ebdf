export * from './http';
export * from './plugins';
export * from './subgraph';
export * from './run';
export * from './coverage';
export * from './access-log';
export * from './limits';
export * from './access-log-query';
