// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import officeAddins from 'eslint-plugin-office-addins';
import reactHooks from 'eslint-plugin-react-hooks';

/** What the pure core may never import: UI, Office, workbook libraries, Node, or the layers above it. */
const forbiddenInCore = {
  paths: [
    'react',
    'react-dom',
    'exceljs',
    'office-js',
    'fs',
    'path',
    'os',
    'child_process',
    'util',
    'crypto',
  ],
  patterns: [
    { group: ['node:*'], message: 'The core runs in the browser and in Office too: no Node modules.' },
    {
      group: ['@fluentui/*', 'react/*', 'exceljs/*'],
      message: 'The core has no UI and no workbook library.',
    },
    {
      group: ['**/xlsx/**', '**/cli/**', '**/office/**', '**/taskpane/**', '**/web/**', '../xlsx', '../cli'],
      message: 'Adapters depend on the core, never the other way round.',
    },
  ],
};

/**
 * The core's rooms from the bottom up (below them all, the base files in src/core itself): each imports
 * only rooms below it, so the core has a direction inside as well. test/architecture.test.ts proves the
 * rule fires and walks every import of the core against this order.
 */
export const CORE_LAYERS = [
  'codebook',
  'table',
  'layout',
  'read',
  'figures',
  'check',
  'masking',
  'plan',
  'csv',
  'example',
  'port',
];

/** The core's rule for a file of a room at `index` (-1 for the base files): nothing above it. */
const coreRuleAt = (index) => {
  const above = CORE_LAYERS.slice(index + 1);
  const message =
    index < 0
      ? 'The base files of the core import no room of it.'
      : `${CORE_LAYERS[index]}/ sits below ${above.join(', ')}: import only what is below it.`;
  const group = above.flatMap((room) =>
    index < 0 ? [`./${room}/*`] : [`../${room}/*`, `**/core/${room}/*`],
  );
  return {
    'no-restricted-imports': [
      'error',
      {
        ...forbiddenInCore,
        patterns: [...forbiddenInCore.patterns, ...(group.length ? [{ group, message }] : [])],
      },
    ],
  };
};

/** The action layer sits on the core and the port type only. */
const forbiddenInApp = {
  paths: forbiddenInCore.paths,
  patterns: [
    ...forbiddenInCore.patterns.slice(0, 2),
    {
      group: ['**/xlsx/**', '**/cli/**', '**/office/**', '**/taskpane/**', '**/web/**'],
      message: 'Actions use the port, not an adapter.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bin/**', 'webpack.config.js', 'jest.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  prettier,
  {
    rules: {
      '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'never' }],
      'no-console': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // `(a(), b())` hides a second effect in an expression: write two statements.
      'no-sequences': ['error', { allowInParentheses: false }],
    },
  },
  {
    // A hook's dependencies are what it reads: a missing one shows stale data, so it is an error here.
    files: ['src/**/*.tsx', 'test/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  { files: ['src/core/*.ts'], rules: coreRuleAt(-1) },
  ...CORE_LAYERS.map((room, index) => ({ files: [`src/core/${room}/**/*.ts`], rules: coreRuleAt(index) })),
  {
    // The pane's actions work on any workbook port: no UI, no Office, no exceljs, no Node either.
    files: ['src/app/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', forbiddenInApp] },
  },
  {
    // The task pane's first script must stay small: exceljs never, and the file adapter is the web page's.
    files: ['src/taskpane/**/*.ts', 'src/taskpane/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['exceljs'],
          patterns: [
            { group: ['**/xlsx/**', '**/web/**', '**/cli/**'], message: 'The pane knows the port only.' },
            { group: ['**/*.node'], message: 'Node-only code (iconv-lite) stays out of the pages.' },
          ],
        },
      ],
    },
  },
  {
    // exceljs is a development dependency (tests read the files the tool writes with it), never shipped.
    files: ['src/cli/**/*.ts', 'src/xlsx/*.ts', 'src/platform/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: ['exceljs'] }] },
  },
  {
    // The package adapter serves the web page too: no Node in it.
    files: ['src/xlsx/package/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'exceljs',
              message: 'exceljs is a test tool here: the adapter reads and writes the parts itself.',
            },
          ],
          patterns: [
            {
              group: ['node:*', '**/nodeFiles', '**/*.node'],
              message: 'The package adapter runs in the browser as well.',
            },
          ],
        },
      ],
    },
  },
  {
    // The web page loads the file adapter later, in its worker (or as its own chunk where there are no
    // workers): only those two files may import it (types are free).
    files: ['src/web/**/*.ts', 'src/web/**/*.tsx'],
    ignores: ['src/web/files/localFiles.ts', 'src/web/files/fileWorker.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'exceljs', allowTypeImports: true }],
          patterns: [
            {
              group: ['**/xlsx/**'],
              allowTypeImports: true,
              message: 'Import it through files/localFiles.ts or the worker, loaded on demand.',
            },
            { group: ['**/office/**', '**/cli/**'], message: 'The web page works on files, not on Office.' },
            { group: ['**/*.node'], message: 'Node-only code (iconv-lite) stays out of the pages.' },
          ],
        },
      ],
    },
  },
  {
    // Office.js usage rules: load before read, sync after load, no sync in a loop, null objects tested properly.
    files: ['src/office/**/*.ts'],
    plugins: { 'office-addins': officeAddins },
    rules: Object.fromEntries(
      Object.keys(officeAddins.rules).map((rule) => [`office-addins/${rule}`, 'error']),
    ),
  },
  {
    files: ['src/cli/**/*.ts', 'scripts/**/*.ts', 'test/**/*.ts', 'test/**/*.tsx'],
    rules: { 'no-console': 'off' },
  },
  {
    // The build's and the server's own helpers are CommonJS run by Node; they talk to the person at the terminal.
    files: ['scripts/**/*.js', 'test/support/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        process: 'readonly',
        module: 'writable',
        require: 'readonly',
        __dirname: 'readonly',
        console: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        NodeJS: 'readonly',
      },
    },
    // CommonJS, so require() is how they import.
    rules: { 'no-console': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['test/**/*.ts', 'test/**/*.tsx'],
    rules: {
      '@typescript-eslint/consistent-type-assertions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
