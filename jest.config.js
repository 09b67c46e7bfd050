/**
 * Six projects: the fast unit suite, run while working; the integration suite (files that build whole
 * workbooks, spawn the command line or eslint, or render the pane); the masking attack on random
 * follow-ups; the LibreOffice suite that recalculates written workbooks; the written parts against the
 * ECMA-376 schemas; and the browser suite that drives the web page in Debian's Chromium (and
 * recalculates its download).
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
/**
 * The unit project's slow files, by what makes them slow (each over 10 s on a 2-core machine): they run in
 * the integration project, so `npm run test:unit` stays under 2 minutes. A new test that builds whole
 * workbooks, spawns a process or renders the pane belongs here too.
 */
const INTEGRATION = [
  '<rootDir>/test/architecture.test.ts', // spawns eslint
  '<rootDir>/test/cli/commandLine.test.ts', // spawns the command line
  '<rootDir>/test/cli/hostileFiles.test.ts', // spawns the command line on bombs
  '<rootDir>/test/taskpane/taskPane.test.tsx', // renders the pane
  '<rootDir>/test/web/webPage.test.tsx', // renders the web page
  '<rootDir>/test/office/syncsAndRequestSize.test.ts', // 100,000-case workbooks
  '<rootDir>/test/core/formulaLimits.test.ts', // every fixture's workbook
  '<rootDir>/test/xlsx/followUpWorkbook.test.ts', // whole workbooks, read back with exceljs
  '<rootDir>/test/core/randomInput.property.test.ts', // random workbooks through every action
  '<rootDir>/test/core/maskingAudit.test.ts', // the attack on every fixture
];
const jsdom = {
  setupFiles: ['<rootDir>/test/support/jsdomSetup.ts'],
  // jsdom lays nothing out, so an SVG chart cannot be drawn there (and d3 ships as ES modules Jest
  // does not load): the components see a stand-in that lists each chart's bars. The real charts are
  // drawn and looked at in Chromium (test/browser/resultsInBrowser.test.ts).
  moduleNameMapper: { '^@fluentui/react-charts$': '<rootDir>/test/support/chartsStandIn.tsx' },
};
module.exports = {
  // Tests write and recalculate whole workbooks on a 2-core machine: 5 s is too tight when it is busy.
  // (A global option: Jest ignores it inside a project.)
  testTimeout: 30_000,
  projects: [
    {
      ...base,
      ...jsdom,
      displayName: 'unit',
      testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/test/**/*.test.tsx'],
      testPathIgnorePatterns: [
        '/libreoffice/',
        '/browser/',
        '/masking/',
        '/schemas/',
        ...INTEGRATION.map((file) => file.replace('<rootDir>', '')),
      ],
    },
    { ...base, ...jsdom, displayName: 'integration', testMatch: INTEGRATION },
    // The attack on 200 random follow-ups' masking, 40 of them rounded: linear programs (README: the suite's
    // time), so a suite of its own.
    {
      ...base,
      displayName: 'masking',
      testMatch: ['<rootDir>/test/masking/**/*.test.ts'],
      transform: { ...base.transform, '^.+\\.tsx?$': '<rootDir>/test/support/localGlobalsTransform.js' },
    },
    { ...base, displayName: 'libreoffice', testMatch: ['<rootDir>/test/libreoffice/**/*.test.ts'] },
    // Written parts against the ECMA-376 schemas in ../shared (xmllint): run where shared/ sits beside the checkout.
    { ...base, displayName: 'schemas', testMatch: ['<rootDir>/test/schemas/**/*.test.ts'] },
    { ...base, displayName: 'browser', testMatch: ['<rootDir>/test/browser/**/*.test.ts'] },
  ],
};
