import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../../src/cli/main';
import { localFiles } from '../../src/web/files/localFiles';
import { createFollowUpWorkbook } from '../support/exceljs/followUpWorkbook';
import { fixtures } from '../support/fixtures';
import { addedEntries, changedParts, partsOf, stylesOnlyAppended, textOf } from '../support/packageParts';

jest.setTimeout(240_000);

const SUPPORT = resolve(__dirname, '../support');
const INDEX_PARTS = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml'];
/** The result sheet's own parts: its worksheet, its relationships, its drawing and charts. */
const resultSheetOwn = (name: string) =>
  /^xl\/(worksheets\/(_rels\/)?sheet\d+\.xml(\.rels)?|drawings\/(_rels\/)?drawing\d+\.xml(\.rels)?|charts\/chart\d+\.xml)$/.test(
    name,
  );

const dir = mkdtempSync(join(tmpdir(), 'fidelity-'));
const saved: Record<'LibreOffice' | 'openpyxl', string> = {
  LibreOffice: join(dir, 'libreoffice.xlsx'),
  openpyxl: join(dir, 'openpyxl.xlsx'),
};

beforeAll(async () => {
  // A follow-up before its first result sheet; the team then adds its own analysis in LibreOffice (a
  // sheet with a chart and a pivot table), and a script of theirs re-saves it with openpyxl.
  const start = join(dir, 'start.xlsx');
  const example = fixtures().find((f) => f.name === 'example')!;
  await createFollowUpWorkbook(example.input).xlsx.writeFile(start);
  const python = '/usr/bin/python3';
  execFileSync(
    python,
    [join(SUPPORT, 'analysisInLibreOffice.py'), start, saved.LibreOffice, join(dir, 'profile')],
    {
      stdio: 'pipe',
      timeout: 120_000,
    },
  );
  execFileSync(python, [join(SUPPORT, 'resaveWithOpenpyxl.py'), saved.LibreOffice, saved.openpyxl], {
    stdio: 'pipe',
  });
});

async function resultsInPlace(file: string): Promise<void> {
  const io = { out: () => undefined, err: (line: string) => console.error(line) };
  expect(await main(['results', file], io)).toBe(0);
}

/** The checks of one write: the team's parts byte for byte, the index parts edited by the result sheet's entries only. */
function expectOnlyOwnPartsChanged(before: Map<string, Uint8Array>, after: Map<string, Uint8Array>) {
  const changed = changedParts(before, after);
  expect(changed.filter((name) => !INDEX_PARTS.includes(name) && !resultSheetOwn(name))).toEqual([]);
  expect([...before.keys()].filter((name) => !after.has(name))).toEqual([]);
  const text = (parts: Map<string, Uint8Array>, name: string) => textOf(parts.get(name));
  const workbookBefore = text(before, INDEX_PARTS[0]!);
  const sheets = addedEntries(workbookBefore, text(after, INDEX_PARTS[0]!), 'sheets', 'sheet');
  expect(sheets.added).toEqual([expect.stringMatching(/^<sheet name="Resultat"/)]);
  // Besides its entry, the result sheet's print titles (a defined name local to it), in a list of
  // defined names the workbook had or one added for it.
  const names = addedEntries(workbookBefore, sheets.rest, 'definedNames', 'definedName');
  expect(names.added).toEqual([
    expect.stringMatching(
      /^<definedName name="_xlnm.Print_Titles" localSheetId="\d+">'Resultat'!\$A:\$B,'Resultat'!\$1:\$2</,
    ),
    expect.stringMatching(/^<definedName name="_xlnm.Print_Area" localSheetId="\d+">'Resultat'!\$A\$1:/),
  ]);
  const noEmptyList = (xml: string) => xml.replace(/<definedNames(\/>|><\/definedNames>)/, '');
  expect(noEmptyList(names.rest)).toBe(noEmptyList(workbookBefore));
  const rels = addedEntries(
    text(before, INDEX_PARTS[1]!),
    text(after, INDEX_PARTS[1]!),
    null,
    'Relationship',
  );
  expect(rels.added).toEqual([expect.stringContaining('/worksheet"')]);
  expect(rels.restIsBefore).toBe(true);
  const types = addedEntries(text(before, INDEX_PARTS[2]!), text(after, INDEX_PARTS[2]!), null, 'Override');
  expect(types.added.length).toBeGreaterThanOrEqual(3); // the sheet, its drawing, its charts
  expect(types.restIsBefore).toBe(true);
  expect(stylesOnlyAppended(text(before, INDEX_PARTS[3]!), text(after, INDEX_PARTS[3]!))).toBe(true);
}

describe.each(['LibreOffice', 'openpyxl'] as const)(
  'a workbook last saved by %s, with a chart and a pivot table of the team',
  (writer) => {
    it('keeps them: after results in place, only the result sheet and its index entries are new', async () => {
      const file = join(dir, `in-place-${writer}.xlsx`);
      copyFileSync(saved[writer], file);
      const before = partsOf(readFileSync(file));
      expect([...before.keys()]).toEqual(
        expect.arrayContaining([expect.stringMatching(/^xl\/pivotTables\//)]),
      );
      await resultsInPlace(file);
      const once = partsOf(readFileSync(file));
      expectOnlyOwnPartsChanged(before, once);
      // Again: the sheet is replaced in place; the index parts and every other part stay as they are.
      await resultsInPlace(file);
      await resultsInPlace(file);
      expect(changedParts(once, partsOf(readFileSync(file)))).toEqual([]);
    });

    it('keeps them in a download from the web page after results', async () => {
      const bytes = readFileSync(saved[writer]);
      // The file as the web page holds it (in its worker, or in the page where there are no workers).
      const events = { changed: () => undefined, progress: () => undefined };
      const host = localFiles(() => 46_000);
      const file = await host.openFile(Uint8Array.from(bytes).buffer, 'arbetsbok.xlsx', events);
      await file.actions.writeResults();
      expectOnlyOwnPartsChanged(partsOf(bytes), partsOf(await file.bytes()));
    });
  },
);

describe('the same follow-up saved by three programs', () => {
  it('reads the same: exceljs, LibreOffice and openpyxl files give the same figures', async () => {
    const figures = async (file: string) => {
      const lines: string[] = [];
      const io = { out: (line: string) => lines.push(line), err: () => undefined };
      expect(await main(['results', file, '--json', '-o', `${file}.out.xlsx`, '--force'], io)).toBe(0);
      return JSON.parse(lines.join('\n')) as unknown;
    };
    const fromExcelJs = await figures(join(dir, 'start.xlsx'));
    expect(fromExcelJs).toMatchObject({ cases: 79 });
    expect(await figures(saved.LibreOffice)).toEqual(fromExcelJs);
    expect(await figures(saved.openpyxl)).toEqual(fromExcelJs);
  });
});

describe('the charts the package adapter writes', () => {
  it("are drawn by LibreOffice, beside the team's own chart and pivot table", async () => {
    const file = join(dir, 'charts.xlsx');
    copyFileSync(saved.openpyxl, file);
    await resultsInPlace(file);
    const out = join(dir, 'pdf');
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'profile-pdf')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        out,
        file,
      ],
      {
        stdio: 'pipe',
        timeout: 180_000,
      },
    );
    // A chart's title wraps where its box is narrow: words are compared, not lines.
    const pdf = execFileSync('pdftotext', [join(out, 'charts.pdf'), '-'], {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    const text = pdf.replace(/\s+/g, ' ');
    expect(text).toContain(
      'Per enhet: positiv förändring (andel av ärenden med känd situation) och bortfall',
    );
    expect(text).toContain('En lucka i ett diagram är ett värde som döljs');
    expect(text).toContain('Per enhet och kön: varje värde döljs för att skydda små grupper');
    expect(text).toContain('Per typ av insats: positiv förändring (andel av ärenden med känd situation)');
    expect(text).toContain('Ärenden per enhet');
  });
});
