import { EMPTY, num, text } from '../../src/core/cell';
import { DEFAULT_CODEBOOK } from '../../src/core/codebook/defaultCodebook';
import { importCsv } from '../../src/core/csv/importCsv';
import { Refusal } from '../../src/core/errors';
import { decodeText } from '../../src/platform/decodeText';
import { nodeWindows1252 } from '../../src/platform/windows1252.node';
import { date } from '../support/caseRows';

const column = (name: string) => DEFAULT_CODEBOOK.variables.findIndex((v) => v.name === name);

describe('importing a case list from CSV', () => {
  it('reads ; as Swedish Excel writes it, keeping every row and value', () => {
    const csv =
      'Ärende-ID;Kön;Ålder;Datum för aktualisering;Situation efter avslut\nV-1;Kvinna;34;2019-03-05;Förbättrad\nV-2;man;fyrtio;5 mars 2019;\n';
    const { rows, missingColumns } = importCsv(csv, DEFAULT_CODEBOOK);
    expect(rows).toHaveLength(2);
    expect(rows[0]![column('Ålder')]).toEqual(num(34));
    expect(rows[0]![column('Datum för aktualisering')]).toEqual(date('2019-03-05'));
    expect(rows[1]![column('Kön')]).toEqual(text('man'));
    expect(rows[1]![column('Ålder')]).toEqual(text('fyrtio'));
    // The form's reader (issue 22): a date the form takes is the same date in a CSV.
    expect(rows[1]![column('Datum för aktualisering')]).toEqual(date('2019-03-05'));
    expect(rows[1]![column('Situation efter avslut')]).toEqual(EMPTY);
    expect(missingColumns).toContain('Enhet');
  });

  it('reads , with quoted fields, headers in any order and case, and keeps unknown columns', () => {
    const csv = '"Egen kolumn",kön,"Ärende-ID"\n"a, b",Man,U-1\n';
    const { rows, extraColumns } = importCsv(csv, DEFAULT_CODEBOOK);
    expect(extraColumns).toEqual(['Egen kolumn']);
    expect(rows[0]![column('Ärende-ID')]).toEqual(text('U-1'));
    expect(rows[0]![DEFAULT_CODEBOOK.variables.length]).toEqual(text('a, b'));
  });

  it('decodes UTF-8 with a BOM and Windows-1252 alike', () => {
    const utf8 = new TextEncoder().encode('\uFEFFÄrende-ID;Kön\nV-1;Kvinna\n');
    const cp1252 = Uint8Array.from([
      0xc4,
      ...new TextEncoder().encode('rende-ID;K'),
      0xf6,
      ...new TextEncoder().encode('n\nV-1;Kvinna\n'),
    ]);
    for (const bytes of [utf8, cp1252]) {
      const { rows } = importCsv(decodeText(bytes, nodeWindows1252), DEFAULT_CODEBOOK);
      expect(rows[0]![column('Kön')]).toEqual(text('Kvinna'));
    }
  });

  it('reads every byte of Windows-1252 as Windows does, 0x80–0x9F included (Öppenvård – stöd)', () => {
    // The WHATWG table (browsers, Windows): the five undefined bytes are the C1 controls of their number.
    const expected =
      '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ' +
      Array.from({ length: 0x60 }, (_, i) => String.fromCharCode(0xa0 + i)).join('');
    const high = Uint8Array.from({ length: 0x80 }, (_, i) => 0x80 + i);
    expect(nodeWindows1252(high)).toBe(expected);
    const line = Uint8Array.from([
      ...new TextEncoder().encode('Typ av insats\n'),
      0xd6,
      0x70,
      0x70,
      0x65,
      0x6e,
      0x76,
      0xe5,
      0x72,
      0x64,
      0x20,
      0x96,
      0x20,
      0x73,
      0x74,
      0xf6,
      0x64,
    ]);
    expect(decodeText(line, nodeWindows1252)).toBe('Typ av insats\nÖppenvård – stöd');
  });

  it('refuses, in Swedish, a file whose header names no variable', () => {
    expect(() => importCsv('namn;personnummer\nx;y\n', DEFAULT_CODEBOOK)).toThrow(Refusal);
    expect(() => importCsv('', DEFAULT_CODEBOOK)).toThrow(/CSV-filen är tom/);
  });
});

describe('import accounts for every value (issue 11)', () => {
  const width = DEFAULT_CODEBOOK.variables.length;
  const filled = (rows: readonly (readonly { kind: string }[])[]) =>
    rows.reduce((n, r) => n + r.filter((v) => v.kind !== 'empty').length, 0);

  it('keeps a repeated header, a blank header and fields beyond the header as columns of their own', () => {
    const csv = 'Ärende-ID;Kön;Notering;notering;;Kön\nA-1;Man;hej;då;x;Kvinna;extra\nA-2;Kvinna;;;;;\n';
    const { rows, extraColumns, notices } = importCsv(csv, DEFAULT_CODEBOOK);
    expect(extraColumns).toEqual(['Notering', 'notering (2)', 'Kolumn 5', 'Kön (2)', 'Kolumn 7']);
    expect(new Set(extraColumns.map((c) => c.toLowerCase())).size).toBe(extraColumns.length);
    expect(rows[0]!.slice(width)).toEqual([
      text('hej'),
      text('då'),
      text('x'),
      text('Kvinna'),
      text('extra'),
    ]);
    expect(filled(rows)).toBe(9); // every value of the file
    expect(notices[0]).toBe('Läste 2 rader och 9 ifyllda värden; alla är med.');
    expect(notices.slice(1)).toEqual([
      expect.stringContaining('"notering (2)"'),
      expect.stringContaining('tom rubrik'),
      expect.stringContaining('"Kön (2)"'),
      expect.stringContaining('fler fält än rubrikraden'),
    ]);
  });

  it('matches headers written in Unicode NFD (as macOS writes them)', () => {
    const csv = `${'Ärende-ID'.normalize('NFD')};${'Kön'.normalize('NFD')}\nA-1;Man\n`;
    const { rows, extraColumns } = importCsv(csv, DEFAULT_CODEBOOK);
    expect(extraColumns).toEqual([]);
    expect(rows[0]![column('Kön')]).toEqual(text('Man'));
  });

  it('keeps a header longer than a table column may be, shortened to 255 characters', () => {
    const long = 'Anteckning '.repeat(30);
    const { extraColumns } = importCsv(`Ärende-ID;${long}\nA-1;x\n`, DEFAULT_CODEBOOK);
    expect(extraColumns[0]!.length).toBeLessThanOrEqual(255);
  });

  it('refuses a quote that never closes, naming its line', () => {
    expect(() => importCsv('Ärende-ID;Kön\nA-1;"Man\nA-2;Kvinna\n', DEFAULT_CODEBOOK)).toThrow(
      expect.objectContaining({ code: 'csv-quote', message: expect.stringContaining('rad 2') }),
    );
  });

  it('reads UTF-16 with or without a byte-order mark', () => {
    const source = 'Ärende-ID;Kön\nÖ-1;Kvinna\n';
    const le = Buffer.from(source, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), le]), nodeWindows1252)).toBe(source);
    expect(decodeText(le, nodeWindows1252)).toBe(source);
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]), nodeWindows1252)).toBe(source);
  });
});

describe('a CSV file beyond an Excel sheet (issue 21)', () => {
  it("is refused with its size and the sheet's, before any case is built", () => {
    const wide = `Ärende-ID;${Array.from({ length: 16_400 }, (_, i) => `k${i}`).join(';')}\nA-1\n`;
    expect(() => importCsv(wide, DEFAULT_CODEBOOK)).toThrow(
      'CSV-filen har 1 rad och 16\u00a0401 kolumner; ett Excelblad rymmer 1\u00a0048\u00a0575 ärenden och 16\u00a0384 kolumner. Dela upp filen.',
    );
  });
});
