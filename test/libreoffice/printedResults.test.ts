import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { DEFAULT_CODEBOOK } from '../../src/core/codebook/defaultCodebook';
import { EXAMPLE_SETTINGS } from '../../src/core/example/generate';
import { FIGURES } from '../../src/core/figures/figureRegistry';
import { MIN_PRINTED_POINTS } from '../../src/core/plan/printLayout';

jest.setTimeout(240_000);

/** One word of a PDF page, where `pdftotext -bbox` puts it (points, from the page's top). */
interface Word {
  readonly text: string;
  readonly page: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/**
 * A word's box is the font's ascent plus descent: 1.22 times its size in Carlito (Calibri's metrics, the
 * sheets' font) and at most that in the chart's fonts, so dividing by it never makes text look bigger.
 */
const BOX_PER_POINT = 1.22;

let words: Word[];
let resultPages: Set<number>;
let codebookPages: Set<number>;
const dir = mkdtempSync(join(tmpdir(), 'printed-'));

beforeAll(async () => {
  const file = join(dir, 'exempel.xlsx');
  const io = { out: () => undefined, err: () => undefined };
  expect(await main(['new', file, '--example'], io)).toBe(0);
  expect(await main(['results', file], io)).toBe(0);
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      file,
    ],
    { stdio: 'pipe', timeout: 180_000 },
  );
  // soffice exits 0 even when it wrote nothing.
  expect(existsSync(join(dir, 'exempel.pdf'))).toBe(true);
  words = pdfWords(join(dir, 'exempel.pdf'));
  // The result sheet's pages carry the period in their header; the codebook's pages its name.
  const headerWords = (match: (w: Word) => boolean) =>
    new Set(words.filter((w) => w.top < 40 && match(w)).map((w) => w.page));
  resultPages = headerWords((w) => w.text === 'Period:');
  codebookPages = headerWords((w) => w.text === 'Kodbok');
});

function pdfWords(pdf: string): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 256 << 20 });
  const found: Word[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page++;
    const word = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/.exec(
      line,
    );
    if (word) {
      const [, xMin, yMin, xMax, yMax, text] = word;
      found.push({
        text: unescape(text!),
        page,
        top: Number(yMin),
        width: Number(xMax) - Number(xMin),
        height: Number(yMax) - Number(yMin),
      });
    }
  }
  return found;
}

const unescape = (s: string) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');

describe('the result sheet printed to PDF by LibreOffice (A4)', () => {
  it('spreads over pages of its own, the headline tables first', () => {
    expect(resultPages.size).toBeGreaterThan(4);
    const first = Math.min(...resultPages);
    const onFirst = words.filter((w) => w.page === first).map((w) => w.text);
    expect(onFirst).toEqual(expect.arrayContaining(['Sammanfattning', 'Positiv', 'förändring', 'Bortfall']));
    // The detail columns are not on the first page: they print on their own.
    expect(onFirst).not.toContain('Oförändrad');
  });

  it(`has no text smaller than ${MIN_PRINTED_POINTS} points`, () => {
    // A chart's axis may turn its labels: a turned word's box is as tall as the word is long. A word of
    // four letters or more lying flat is wider than tall; those are measured (thousands of them).
    const printed = words.filter(
      (w) =>
        (resultPages.has(w.page) || codebookPages.has(w.page)) && w.text.length >= 4 && w.width >= w.height,
    );
    expect(printed.length).toBeGreaterThan(1000);
    const smallest = printed.reduce((a, b) => (a.height <= b.height ? a : b));
    const points = smallest.height / BOX_PER_POINT;
    // The word and its size stand in the diff when this fails.
    const seen = {
      word: smallest.text,
      page: smallest.page,
      points,
      readable: points >= MIN_PRINTED_POINTS - 0.05,
    };
    expect(seen).toEqual({ ...seen, readable: true });
  });

  it('breaks no column header inside a word', () => {
    const printed = new Set(words.filter((w) => resultPages.has(w.page)).map((w) => w.text));
    const headerWords = FIGURES.flatMap((f) => f.header.split(/\s+/));
    expect(headerWords.filter((w) => !printed.has(w))).toEqual([]);
  });

  it('names the follow-up and its period in every page header, and counts the pages', () => {
    for (const page of resultPages) {
      const header = words.filter((w) => w.page === page && w.top < 40).map((w) => w.text);
      expect(header).toEqual(
        expect.arrayContaining(['FIKTIVT', 'EXEMPEL', 'Period:', EXAMPLE_SETTINGS.period]),
      );
      const footer = words.filter((w) => w.page === page && w.top > 550).map((w) => w.text);
      expect(footer).toEqual(expect.arrayContaining(['Sida', 'av']));
    }
  });

  it('prints the charts whole on pages of their own, after the tables', () => {
    // A chart's title names its shares: "positiv förändring (andel av ärenden …".
    const chartPages = [...resultPages].filter((page) =>
      words.some((w) => w.page === page && w.text === '(andel'),
    );
    const tablePages = [...resultPages].filter((page) => !chartPages.includes(page));
    expect(chartPages.length).toBeGreaterThan(0);
    expect(Math.min(...chartPages)).toBeGreaterThan(Math.max(...tablePages));
  });

  it('repeats the group labels beside every detail part', () => {
    for (const page of resultPages) {
      const texts = words.filter((w) => w.page === page).map((w) => w.text);
      // A word of each detail part's headers (the charts' labels use none of them).
      if (['Oförändrad', 'Återaktualisering:', 'Utredningar'].some((w) => texts.includes(w)))
        expect({ page, grupp: texts.includes('Grupp') }).toEqual({ page, grupp: true });
    }
  });
});

describe('the printed pages as pictures', () => {
  // `npm run screenshots` keeps them in docs/images: the first headline page, a chart page, a detail page
  // and the codebook's first page.
  const dirOut = process.env.SCREENSHOTS_DIR;
  (dirOut ? it : it.skip)('are rendered with pdftoppm', () => {
    const pdf = join(dir, 'exempel.pdf');
    const pages = [...resultPages].sort((a, b) => a - b);
    const pageOf = (word: string) => pages.find((p) => words.some((w) => w.page === p && w.text === word));
    const wanted: [string, number | undefined][] = [
      ['11-utskrift-resultat', pages[0]],
      ['12-utskrift-diagram', pageOf('Diagram')],
      ['13-utskrift-detaljer', pageOf('Oförändrad')],
      ['14-utskrift-kodbok', Math.min(...codebookPages)],
    ];
    for (const [name, page] of wanted) {
      expect(page).toBeDefined();
      const out = join(root(), dirOut!, name);
      execFileSync('pdftoppm', [
        '-f',
        String(page),
        '-l',
        String(page),
        '-r',
        '70',
        '-singlefile',
        '-png',
        pdf,
        out,
      ]);
    }
  });
});

const root = () => join(__dirname, '..', '..');

describe('the codebook printed to PDF', () => {
  it('keeps each description on one page', () => {
    expect(codebookPages.size).toBeGreaterThan(0);
    for (const variable of DEFAULT_CODEBOOK.variables) {
      const wanted = variable.description.split(/\s+/).filter((w) => w !== '');
      const onSomePage = [...codebookPages].some((page) => {
        const texts = new Set(words.filter((w) => w.page === page).map((w) => w.text));
        return wanted.every((w) => texts.has(w));
      });
      expect({ variable: variable.name, onSomePage }).toEqual({ variable: variable.name, onSomePage: true });
    }
  });
});
