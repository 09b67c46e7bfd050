/**
 * Three projects: the fast unit suite; the LibreOffice suite that recalculates written workbooks; and
 * the browser suite that drives the web page in Debian's Chromium (and recalculates its download).
 */
const base = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': 'ts-jest' },
};
module.exports = {
  projects: [
    {
      ...base,
      displayName: 'unit',
      testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/test/**/*.test.tsx'],
      setupFiles: ['<rootDir>/test/support/jsdomSetup.ts'],
      testPathIgnorePatterns: ['/libreoffice/', '/browser/'],
    },
    { ...base, displayName: 'libreoffice', testMatch: ['<rootDir>/test/libreoffice/**/*.test.ts'] },
    { ...base, displayName: 'browser', testMatch: ['<rootDir>/test/browser/**/*.test.ts'] },
  ],
};
