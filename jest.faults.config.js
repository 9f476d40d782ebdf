// The fault tier (`npm run test:faults`): hangs, kills and restarts subgraphs, the gateway and
// PostgreSQL, so it runs on its own, one file at a time, after the ordinary tiers.
const base = require('./jest.config');
const e2e = base.projects.find((p) => p.displayName === 'e2e');

module.exports = {
  globalSetup: base.globalSetup,
  globalTeardown: base.globalTeardown,
  projects: [
    {
      ...e2e,
      displayName: 'faults',
      testMatch: ['<rootDir>/test/faults/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '/dist/'],
    },
  ],
  testTimeout: 180000,
  maxWorkers: 1,
};
