export * from './http';
export * from './plugins';
export * from './subgraph';
export * from './run';
export * from './coverage';
