export * from './types';
export * from './ids';
export * from './names';
export * from './world';
