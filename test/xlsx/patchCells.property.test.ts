import fc from 'fast-check';
import { a1 } from '../../src/core/address';
import { EMPTY, num, text, type CellValue } from '../../src/core/cell';
import { patchCells, type CellWrite } from '../../src/xlsx/package/patchCells';
import { readSheetXml } from '../../src/xlsx/package/readSheetXml';

/** A sheet part as different writers lay it out: styled empty cells, self-closing rows, a prefix or none. */
function sheetPart(cells: Map<string, CellValue>, prefix: string): string {
  const p = prefix ? `${prefix}:` : '';
  const rows = new Map<number, [number, CellValue][]>();
  for (const [key, value] of cells) {
    const [row, column] = key.split(',').map(Number) as [number, number];
    rows.set(row, [...(rows.get(row) ?? []), [column, value]]);
  }
  const body = [...rows.keys()]
    .sort((x, y) => x - y)
    .map((row) => {
      const inRow = (rows.get(row) ?? []).sort(([x], [y]) => x - y);
      if (inRow.every(([, v]) => v.kind === 'empty')) return `<${p}row r="${row}"/>`;
      const xml = inRow
        .map(([column, v]) => {
          const r = a1(row, column);
          if (v.kind === 'empty') return `<${p}c r="${r}" s="2"/>`;
          if (v.kind === 'number') return `<${p}c r="${r}" s="1"><${p}v>${v.value}</${p}v></${p}c>`;
          return `<${p}c r="${r}" t="inlineStr"><${p}is><${p}t>${v.kind === 'text' ? v.text : ''}</${p}t></${p}is></${p}c>`;
        })
        .join('');
      return `<${p}row r="${row}">${xml}</${p}row>`;
    })
    .join('');
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const declaration = prefix ? `xmlns:${prefix}="${ns}"` : `xmlns="${ns}"`;
  return `<${p}worksheet ${declaration}><${p}sheetData>${body}</${p}sheetData></${p}worksheet>`;
}

const position = fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 8 }));
const value: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(EMPTY),
  fc.integer({ min: -99, max: 99_999 }).map(num),
  fc.string({ minLength: 1, maxLength: 6 }).map((s) => text(s.replace(/[<&>"]/g, 'x').trim() || 'x')),
);
const grid = fc.array(fc.tuple(position, value), { maxLength: 30 });

const key = (row: number, column: number) => `${row},${column}`;
const nonEmpty = (cells: Map<string, CellValue>) => new Map([...cells].filter(([, v]) => v.kind !== 'empty'));

/** Every cell's value as the reader sees it, by "row,column". */
function readBack(xml: string): Map<string, CellValue> {
  const out = new Map<string, CellValue>();
  readSheetXml(xml, []).rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (cell && cell.kind !== 'empty') out.set(key(r + 1, c + 1), cell);
    }),
  );
  return out;
}

describe('writing cells into a sheet part', () => {
  it('changes exactly the cells written, whatever the layout, and keeps each cell’s format', () => {
    fc.assert(
      fc.property(grid, grid, fc.constantFrom('', 'x'), (before, writes, prefix) => {
        const cells = new Map(before.map(([[r, c], v]) => [key(r, c), v]));
        const xml = sheetPart(cells, prefix);
        const changes: CellWrite[] = writes.map(([[row, column], v]) => ({ row, column, value: v }));
        const patched = patchCells(xml, changes);
        const expected = new Map(cells);
        for (const w of changes) expected.set(key(w.row, w.column), w.value ?? EMPTY);
        expect(readBack(patched)).toEqual(nonEmpty(expected));
        // A cell that had a format keeps it when its value is replaced.
        for (const w of changes) {
          const had = cells.get(key(w.row, w.column));
          if (had?.kind === 'number')
            expect(patched).toMatch(new RegExp(`<${prefix ? 'x:' : ''}c r="${a1(w.row, w.column)}" s="1"`));
        }
        // What is written anew carries the part's prefix: an unprefixed element would stand in no namespace.
        if (prefix === 'x') expect(patched).not.toMatch(/<\/?(c|row|v|is|t|sheetData)\b/);
        // Rows stay in order, as Excel requires.
        const rows = [...patched.matchAll(/<(?:x:)?row r="(\d+)"/g)].map((m) => Number(m[1]));
        expect(rows).toEqual([...rows].sort((x, y) => x - y));
      }),
      { numRuns: 300 },
    );
  });
});
