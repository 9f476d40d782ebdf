export * from './districts';
export * from './dates';
export * from './enums';
export * from './law';
export * from './names';
