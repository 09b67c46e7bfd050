/**
 * One cell's content as Excel holds it. Dates are numbers (serials), as in Excel itself:
 * whether a number is a date depends on the column it stands in, not on the cell.
 */
export type CellValue =
  | { readonly kind: 'empty' }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'error'; readonly code: string };

export const EMPTY: CellValue = { kind: 'empty' };
export const num = (value: number): CellValue => ({ kind: 'number', value });
export const text = (value: string): CellValue => ({ kind: 'text', text: value });

/** Excel's ISBLANK: only a truly empty cell. */
export function isTrulyEmpty(cell: CellValue): boolean {
  return cell.kind === 'empty';
}

/** What COUNTIFS(range, "") counts: empty cells and empty text. */
export function isBlank(cell: CellValue): boolean {
  return cell.kind === 'empty' || (cell.kind === 'text' && cell.text === '');
}

/** Letter case folded as COUNTIFS ignores it; the matching rule itself is in labels.ts. */
export function foldCase(value: string): string {
  return value.toLowerCase();
}

export function numberOf(cell: CellValue): number | null {
  return cell.kind === 'number' && Number.isFinite(cell.value) ? cell.value : null;
}

/** How the cell reads to a person, for messages. */
export function describeCell(cell: CellValue): string {
  switch (cell.kind) {
    case 'empty':
      return '(tom)';
    case 'number':
      return String(cell.value);
    case 'text':
      return `"${cell.text}"`;
    case 'boolean':
      return cell.value ? 'SANT' : 'FALSKT';
    case 'error':
      return cell.code;
  }
}

/**
 * A cell read as text: a header, a label, a setting, an ID. Text as typed (trimmed unless `trim` is
 * false), a number as it reads, anything else (blank, an error, a truth value) as ''.
 */
export function cellText(cell: CellValue | undefined, { trim = true }: { trim?: boolean } = {}): string {
  if (cell?.kind === 'text') return trim ? cell.text.trim() : cell.text;
  return cell?.kind === 'number' ? String(cell.value) : '';
}
