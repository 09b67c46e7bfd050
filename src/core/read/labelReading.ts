/**
 * What a label is to a COUNTIFS criterion when it is not plain text. Excel and LibreOffice read a
 * criterion such as "TRUE", "5%", "2019-01-01" or "01" as a boolean, a number or a date, and count the
 * cells of that value, while the core counts a label as the text it is: the two would disagree. A plain
 * number ("1", "2.5") is the one exception both agree on (Kön coded 1/2/3): see labels.ts.
 */
export interface LabelReading {
  /** What the formulas read it as, in Swedish: "ett sanningsvärde", "ett tal"… */
  readonly as: string;
  /** The same meaning written as text both count alike. */
  readonly instead: string;
}

const BOOLEAN = /^(true|false|sant|falskt)$/i;
const PERCENT = /^[+-]?\s*(\d+(?:[.,]\d+)?)\s*%$/;
const NUMBER = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:e[+-]?\d+)?$/i;
const DATE = /^(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}[/-]\d{1,2})$/;
const TIME = /^\d{1,2}:\d{2}(:\d{2})?$/;

/** How the formulas would read `label` other than as the core does, or null when they agree. */
export function labelReading(label: string): LabelReading | null {
  if (BOOLEAN.test(label))
    return { as: 'ett sanningsvärde', instead: /^(true|sant)$/i.test(label) ? 'Ja' : 'Nej' };
  const percent = PERCENT.exec(label);
  if (percent) return { as: 'ett tal (procent)', instead: `${percent[1]} procent` };
  if (DATE.test(label) || TIME.test(label)) return { as: 'ett datum', instead: `Datum ${label}` };
  if (NUMBER.test(label) && String(Number(label)) !== label) {
    const plain = Number(label.replace(',', '.'));
    return { as: 'ett tal', instead: Number.isFinite(plain) ? String(plain) : `Kod ${label}` };
  }
  return null;
}
