import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { DEFAULT_CODEBOOK } from '../src/core/codebook/defaultCodebook';
import { exampleCaseRows } from '../src/core/example/generate';

jest.setTimeout(60_000);

// The real eslint binary: its flat config is an ES module, which Jest's sandbox cannot import.
const root = join(__dirname, '..');
const lintAs = async (file: string, code: string): Promise<string[]> => {
  const run = spawnSync(
    join(root, 'node_modules/.bin/eslint'),
    ['--stdin', '--stdin-filename', file, '--format', 'json'],
    {
      cwd: root,
      input: code,
      encoding: 'utf8',
    },
  );
  const [report] = JSON.parse(run.stdout) as { messages: { ruleId: string }[] }[];
  return report!.messages.map((m) => m.ruleId);
};

describe('the import direction', () => {
  it.each([
    ["import ExcelJS from 'exceljs';"],
    ["import { readFile } from 'node:fs';"],
    ["import { useState } from 'react';"],
    ["import { main } from '../cli/main';"],
    ["import { renderSheet } from '../xlsx/renderPlan';"],
  ])('forbids the core to %s', async (line) => {
    expect(await lintAs('src/core/plan/example.ts', `${line}\nexport const x = 1;\n`)).toContain(
      'no-restricted-imports',
    );
  });

  it('lets an adapter import the core', async () => {
    const messages = await lintAs(
      'src/xlsx/example.ts',
      "import { EMPTY } from '../core/cell';\nexport const x = EMPTY;\n",
    );
    expect(messages).not.toContain('no-restricted-imports');
  });
});

describe('exceljs stays out of the first script of the pane and the web page', () => {
  it('forbids the task pane to import exceljs or the file adapter', async () => {
    for (const line of [
      "import ExcelJS from 'exceljs';",
      "import { ExcelJsWorkbookPort } from '../xlsx/excelJsPort';",
    ])
      expect(await lintAs('src/taskpane/Example.tsx', `${line}\nexport const x = 1;\n`)).toContain(
        'no-restricted-imports',
      );
  });

  it('lets the web page import exceljs only through workbookFile.ts, types excepted', async () => {
    const value =
      "import { ExcelJsWorkbookPort } from '../xlsx/excelJsPort';\nexport const x = ExcelJsWorkbookPort;\n";
    const typeOnly =
      "import type { ExcelJsWorkbookPort } from '../xlsx/excelJsPort';\nexport type X = ExcelJsWorkbookPort;\n";
    expect(await lintAs('src/web/Example.tsx', value)).toContain('@typescript-eslint/no-restricted-imports');
    expect(await lintAs('src/web/Example.tsx', typeOnly)).toEqual([]);
    expect(await lintAs('src/web/workbookFile.ts', value)).toEqual([]);
  });
});

describe('the Office.js rules on the Office adapter', () => {
  it('flag reading a property that was not loaded', async () => {
    const code =
      "export function f(sheet: Excel.Worksheet): unknown {\n  const range = sheet.getRange('A1');\n  return range.values;\n}\n";
    expect(await lintAs('src/office/example.ts', code)).toContain('office-addins/load-object-before-read');
  });
});

describe('the fictitious example', () => {
  it('is the same every time (fixed seed) and holds no personal identity number', () => {
    const first = exampleCaseRows(DEFAULT_CODEBOOK);
    expect(exampleCaseRows(DEFAULT_CODEBOOK)).toEqual(first);
    expect(first).toHaveLength(79);
  });
});
