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
    expect(rows[1]![column('Datum för aktualisering')]).toEqual(text('5 mars 2019'));
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
