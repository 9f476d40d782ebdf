export * from './viewer';
export * from './tokens';
export * from './roles';
