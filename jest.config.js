/**
 * Five projects: the fast unit suite; the masking attack on random follow-ups; the LibreOffice suite that
 * recalculates written workbooks; the written parts against the ECMA-376 schemas; and
 * the browser suite that drives the web page in Debian's Chromium (and recalculates its download).
 */
const base = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  transform: {
    '^.+\\.tsx?$': 'ts-jest',
    // The solver's `Math` as a module local: see the transform for why (about 60 times faster under Jest).
    'yalps/dist/.+\\.cjs$': '<rootDir>/test/support/localMathTransform.js',
  },
  transformIgnorePatterns: ['/node_modules/(?!yalps/)'],
};
module.exports = {
  // Tests write and recalculate whole workbooks on a 2-core machine: 5 s is too tight when it is busy.
  // (A global option: Jest ignores it inside a project.)
  testTimeout: 30_000,
  projects: [
    {
      ...base,
      displayName: 'unit',
      testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/test/**/*.test.tsx'],
      setupFiles: ['<rootDir>/test/support/jsdomSetup.ts'],
      testPathIgnorePatterns: ['/libreoffice/', '/browser/', '/masking/', '/schemas/'],
      // jsdom lays nothing out, so an SVG chart cannot be drawn there (and d3 ships as ES modules Jest
      // does not load): the components see a stand-in that lists each chart's bars. The real charts are
      // drawn and looked at in Chromium (test/browser/resultsInBrowser.test.ts).
      moduleNameMapper: { '^@fluentui/react-charts$': '<rootDir>/test/support/chartsStandIn.tsx' },
    },
    // The attack on 200 random follow-ups' masking: some 5 minutes of linear programs, so a suite of its own.
    { ...base, displayName: 'masking', testMatch: ['<rootDir>/test/masking/**/*.test.ts'] },
    { ...base, displayName: 'libreoffice', testMatch: ['<rootDir>/test/libreoffice/**/*.test.ts'] },
    // Written parts against the ECMA-376 schemas in ../shared (xmllint): run where shared/ sits beside the checkout.
    { ...base, displayName: 'schemas', testMatch: ['<rootDir>/test/schemas/**/*.test.ts'] },
    { ...base, displayName: 'browser', testMatch: ['<rootDir>/test/browser/**/*.test.ts'] },
  ],
};
