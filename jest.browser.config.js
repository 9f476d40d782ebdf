// The browser tier: Chromium (Debian's) driven by playwright-core against the whole hub on free
// ports. Not part of `npm test` (which needs no browser); `npm run test:browser` runs it.
const base = require('./jest.config.js');
const common = base.projects[0];

module.exports = {
  globalSetup: base.globalSetup,
  globalTeardown: base.globalTeardown,
  projects: [{ ...common, displayName: 'browser', testMatch: ['<rootDir>/test/browser/**/*.browser.ts'] }],
  testPathIgnorePatterns: base.testPathIgnorePatterns,
  testTimeout: 120000,
};
