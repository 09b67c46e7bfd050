import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { coreImports, coreLayers, importCircles, roomOf } from './support/coreImports';
import { idLiteralsIn, sourceFiles } from './support/idLiterals';
import { DEFAULT_CODEBOOK } from '../src/core/codebook/defaultCodebook';
import { exampleCaseRows } from '../src/core/example/generate';
import { exampleCases } from '../src/app/followUpActions';
import { text } from '../src/core/cell';
import { containsPersonalNumber } from '../src/core/check/personalNumber';

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

describe('the file adapter stays out of the first script of the pane and the web page', () => {
  it('forbids the task pane to import exceljs or the file adapter', async () => {
    for (const line of [
      "import ExcelJS from 'exceljs';",
      "import { PackageWorkbookPort } from '../xlsx/package/packagePort';",
    ])
      expect(await lintAs('src/taskpane/Example.tsx', `${line}\nexport const x = 1;\n`)).toContain(
        'no-restricted-imports',
      );
  });

  it('lets the web page import the file adapter only in its worker or localFiles.ts, types excepted', async () => {
    const value =
      "import { PackageWorkbookPort } from '../xlsx/package/packagePort';\nexport const x = PackageWorkbookPort;\n";
    const typeOnly =
      "import type { PackageWorkbookPort } from '../xlsx/package/packagePort';\nexport type X = PackageWorkbookPort;\n";
    expect(await lintAs('src/web/Example.tsx', value)).toContain('@typescript-eslint/no-restricted-imports');
    expect(await lintAs('src/web/Example.tsx', typeOnly)).toEqual([]);
    expect(await lintAs('src/web/files/localFiles.ts', value)).toEqual([]);
    expect(await lintAs('src/web/files/fileWorker.ts', value)).toEqual([]);
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
  it('is the same every time (fixed seed)', () => {
    const first = exampleCaseRows(DEFAULT_CODEBOOK);
    expect(exampleCaseRows(DEFAULT_CODEBOOK)).toEqual(first);
    expect(first).toHaveLength(79);
  });

  it('holds no cell the personnummer guard would flag', () => {
    const flagged = exampleCases().flatMap((c) =>
      Object.values(c).filter((cell) => cell && containsPersonalNumber(cell)),
    );
    expect(flagged).toEqual([]);
    // The guard itself bites on the one test number allowed in the sources.
    expect(containsPersonalNumber(text('121212-1212'))).toBe(true);
  });
});

describe('the code rules that keep the pane honest', () => {
  it('forbid the comma operator that hides a second effect', async () => {
    expect(
      await lintAs(
        'src/taskpane/Example.tsx',
        'export const f = (a: () => void, b: () => void) => (a(), b());\n',
      ),
    ).toContain('no-sequences');
  });

  it("require a hook's dependencies", async () => {
    const code =
      "import { useEffect } from 'react';\nexport function Example({ n }: { n: number }) {\n  useEffect(() => {\n    console.info(n);\n  }, []);\n  return null;\n}\n";
    expect(await lintAs('src/taskpane/Example.tsx', code)).toContain('react-hooks/exhaustive-deps');
  });

  it('keep the Node-only Windows-1252 decoder out of the pages', async () => {
    const line =
      "import { nodeWindows1252 } from '../platform/windows1252.node';\nexport const x = nodeWindows1252;\n";
    expect(await lintAs('src/taskpane/Example.tsx', line)).toContain('no-restricted-imports');
    expect(await lintAs('src/web/Example.tsx', line)).toContain('@typescript-eslint/no-restricted-imports');
  });
});

describe('figures and breakdowns are referred to by their registries', () => {
  const src = join(root, 'src') + '/';

  it('has no figure id or breakdown id written as a string literal outside the registries', () => {
    expect(idLiteralsIn(sourceFiles(), (file) => file.startsWith(src))).toEqual([]);
  });

  it('finds one written where a figure id or a breakdown id is expected', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ids-'));
    const file = join(dir, 'example.ts');
    const registry = join(root, 'src/core/figures/figureRegistry');
    const groups = join(root, 'src/core/figures/groups');
    writeFileSync(
      file,
      [
        `import { figureOf } from '${registry}';`,
        `import type { GroupSpec } from '${groups}';`,
        `export const median = figureOf('investigationMedian');`,
        `export const isUnit = (g: GroupSpec) => g.by === 'unit';`,
        `export const cellType = (t: string) => t === 'n';`,
        '',
      ].join('\n'),
    );
    try {
      expect(idLiteralsIn([file], (f) => f === file).map((f) => f.replace(/^.*:(\d+)/, '$1'))).toEqual([
        "3 'investigationMedian'",
        "4 'unit'",
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the core has a direction inside', () => {
  it('forbids a room of the core to import one above it, and its base files to import any room', async () => {
    expect(
      await lintAs(
        'src/core/read/example.ts',
        "import { checkFollowUp } from '../check/checkFollowUp';\nexport const x = checkFollowUp;\n",
      ),
    ).toContain('no-restricted-imports');
    expect(
      await lintAs(
        'src/core/codebook/example.ts',
        "import type { SheetPlan } from '../plan/types';\nexport type X = SheetPlan;\n",
      ),
    ).toContain('no-restricted-imports');
    expect(
      await lintAs(
        'src/core/cellExample.ts',
        "import type { Problem } from './table/problem';\nexport type X = Problem;\n",
      ),
    ).toContain('no-restricted-imports');
    expect(
      await lintAs(
        'src/core/plan/example.ts',
        "import { readSettings } from '../read/readSettings';\nexport const x = readSettings;\n",
      ),
    ).not.toContain('no-restricted-imports');
  });

  const imports = coreImports();

  it('has every import of the core run downwards, in the order the lint rule gives', () => {
    const layers = coreLayers();
    const upwards = imports.filter(
      ({ from, to }) => layers.indexOf(roomOf(to)) > layers.indexOf(roomOf(from)),
    );
    expect(imports.length).toBeGreaterThan(300);
    expect(upwards).toEqual([]);
    expect(new Set(imports.map((i) => roomOf(i.from)))).toEqual(new Set(layers));
  });

  it('has no import circles, type imports counted', () => {
    expect(importCircles(imports)).toEqual([]);
    // The walk finds one where there is one.
    expect(importCircles([...imports, { from: 'cell.ts', to: 'labels.ts' }])).not.toEqual([]);
  });
});
