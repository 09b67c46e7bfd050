/**
 * Personal identity numbers made at run time for tests, so that no committed file holds one that could be
 * a real person's. `luhnDigit` completes nine digits (YYMMDDNNN) into a valid number.
 */
export function luhnDigit(nineDigits: string): number {
  const sum = [...nineDigits].reduce((acc, ch, i) => {
    const v = Number(ch) * (i % 2 === 0 ? 2 : 1);
    return acc + Math.floor(v / 10) + (v % 10);
  }, 0);
  return (10 - (sum % 10)) % 10;
}

export function personalNumber(yymmdd: string, serial: string): string {
  return `${yymmdd}-${serial}${luhnDigit(yymmdd + serial)}`;
}

/** A co-ordination number: the day plus 60. */
export function coordinationNumber(yymm: string, day: number, serial: string): string {
  return personalNumber(`${yymm}${String(day + 60)}`, serial);
}
