/** An A1 cell address such as `C12`. Branded so a row label or a variable name is never passed by mistake. */
export type A1 = string & { readonly __brand: 'A1' };

/** 1-based column number to letters: 1 → A, 27 → AA. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** Address of a cell from 1-based row and column. */
export function a1(row: number, column: number): A1 {
  return brandA1(`${columnLetters(column)}${row}`);
}

function brandA1(address: string): A1 {
  // eslint-disable-next-line @typescript-eslint/consistent-type-assertions -- the one place the brand is given
  return address as A1;
}

export function absoluteA1(row: number, column: number): string {
  return `$${columnLetters(column)}$${row}`;
}

export function rangeA1(top: number, left: number, bottom: number, right: number): string {
  return `${a1(top, left)}:${a1(bottom, right)}`;
}
