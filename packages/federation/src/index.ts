export * from './build';
export * from './scalars';
export * from './types';
export * from './connection';
export * from './statistics';
export * from './mutation';
export * from './keyset';
export * from './connection-type';
