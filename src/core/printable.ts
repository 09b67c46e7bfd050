/**
 * Text from a file as a message may print it: control characters (an escape code in a CSV header could
 * recolour or clear a terminal) become "?", and a long text is cut, so a message stays one readable line.
 */
export function printable(raw: string, max = 80): string {
  const plain = [...raw].map((ch) => (/\p{Cc}/u.test(ch) ? '?' : ch)).join('');
  return plain.length > max ? `${plain.slice(0, max - 1)}…` : plain;
}
