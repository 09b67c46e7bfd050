import type { SheetPlan } from '../../src/core/plan/types';
import { createFollowUpWorkbook } from '../support/exceljs/followUpWorkbook';
import { fixtures, writeResults } from '../support/fixtures';

/** Excel refuses or repairs a file past these; LibreOffice accepts them, so only a test can hold them. */
const MAX_FORMULA = 8192;
const MAX_LITERAL = 255;

describe.each(fixtures().map((f) => [f.name, f] as const))('the result sheet of "%s"', (_name, fixture) => {
  let formulas: string[] = [];
  beforeAll(async () => {
    const { sheet }: { sheet: SheetPlan } = await writeResults(createFollowUpWorkbook(fixture.input));
    formulas = sheet.cells.flatMap((c) => (c.content.kind === 'formula' ? [c.content.formula] : []));
  });

  it(`keeps every formula within ${MAX_FORMULA} characters`, () => {
    const longest = Math.max(...formulas.map((f) => f.length));
    expect(longest).toBeLessThanOrEqual(MAX_FORMULA);
  });

  it(`keeps every string literal within ${MAX_LITERAL} characters`, () => {
    const literals = formulas.flatMap((f) => f.match(/"(?:[^"]|"")*"/g) ?? []);
    expect(Math.max(0, ...literals.map((l) => l.length - 2))).toBeLessThanOrEqual(MAX_LITERAL);
  });
});
