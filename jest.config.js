/** Two projects: the fast unit suite, and the LibreOffice suite that recalculates written workbooks. */
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
      testPathIgnorePatterns: ['/libreoffice/'],
    },
    { ...base, displayName: 'libreoffice', testMatch: ['<rootDir>/test/libreoffice/**/*.test.ts'] },
  ],
};
