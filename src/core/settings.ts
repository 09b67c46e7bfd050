/** An age band: from `from` (inclusive) up to the next band's start; the last band has no upper end. */
export interface AgeBand {
  readonly label: string;
  readonly from: number;
  readonly toExclusive: number | null;
}

export interface Settings {
  readonly name: string;
  readonly municipality: string;
  readonly period: string;
  /** Minimum reported count t: counts 1..t-1 show as "<t"; 0 turns masking off. */
  readonly minCount: number;
  /** How small numbers are protected: hidden (with more hidden beside them), or hidden and the rest rounded. */
  readonly masking: MaskingMethod;
  readonly investigationLimitDays: number;
  readonly ageBands: readonly AgeBand[];
  /**
   * The breakdowns that get a chart on the result sheet, by name ("enhet", "åldersgrupp"; chartName), as
   * ticked in Inställningar. Undefined means every breakdown, as a follow-up starts.
   */
  readonly charts?: readonly string[];
}

/** Words for every breakdown and for none in Inställningar's Diagram cell (read in any letter case). */
export const CHART_WORDS = { all: 'alla', none: 'inga' } as const;

/** A breakdown's name in the Diagram setting: its title without "Per", in lower case ("enhet och kön"). */
export function chartName(title: string): string {
  return title
    .replace(/^per\s+/i, '')
    .trim()
    .toLowerCase();
}

/** The Diagram setting: "alla" (or empty) for every breakdown, "inga" for none, else names by comma. */
export function parseCharts(raw: string): readonly string[] | undefined {
  const key = raw.trim().toLowerCase();
  if (key === '' || key === CHART_WORDS.all) return undefined;
  if (key === CHART_WORDS.none) return [];
  return raw
    .split(/[,;]/)
    .map(chartName)
    .filter((n) => n !== '');
}

export function formatCharts(charts: readonly string[] | undefined): string {
  if (charts === undefined) return CHART_WORDS.all;
  return charts.length === 0 ? CHART_WORDS.none : charts.join(', ');
}

/**
 * `hide`: counts 1 … t−1 show as <t and the tool hides larger ones beside them (..) where arithmetic
 * would give a small one back. `round`: counts 1 … t−1 still show as <t, every other count is rounded to
 * the nearest 5 and every rate to whole 5 %, so differencing
 * lands on a range instead of a number; the tool hides more only where that is still not enough.
 */
export type MaskingMethod = 'hide' | 'round';

/** The words for each method in Inställningar (read in any letter case). */
export const MASKING_WORDS: Readonly<Record<MaskingMethod, string>> = { hide: 'dölj', round: 'avrunda' };

export function maskingMethodOf(word: string): MaskingMethod | null {
  const key = word.trim().toLowerCase();
  if (key === '' || key === MASKING_WORDS.hide) return 'hide';
  return key === MASKING_WORDS.round ? 'round' : null;
}

export const DEFAULT_AGE_BANDS_TEXT = '0–17, 18–25, 26–44, 45–64, 65+';

export const DEFAULT_SETTINGS: Settings = {
  name: 'Uppföljning av missbruks- och beroendevården',
  municipality: '',
  period: '',
  minCount: 5,
  masking: 'hide',
  investigationLimitDays: 120,
  ageBands: parseAgeBands(DEFAULT_AGE_BANDS_TEXT) ?? [],
};

/**
 * Reads age bands written as "0–17, 18–25, 26+" (hyphen or en dash). Bands rise and follow each other
 * without gap or overlap; only the last may be open ("65+"). Returns null when the text is not such a
 * list, so a mistyped band is reported rather than silently rewritten.
 */
export function parseAgeBands(raw: string): AgeBand[] | null {
  const parts = raw
    .split(/[,;]/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const bands: AgeBand[] = [];
  for (const [i, part] of parts.entries()) {
    const match = /^(\d{1,3})\s*(?:[-–]\s*(\d{1,3})|\+)$/.exec(part);
    if (!match?.[1]) return null;
    const from = Number(match[1]);
    const toExclusive = match[2] === undefined ? null : Number(match[2]) + 1;
    const previous = bands[bands.length - 1];
    const isLast = i === parts.length - 1;
    if (toExclusive !== null && toExclusive <= from) return null;
    if (toExclusive === null && !isLast) return null;
    if (previous && previous.toExclusive !== from) return null;
    bands.push({
      label: toExclusive === null ? `${from}+` : `${from}–${toExclusive - 1}`,
      from,
      toExclusive,
    });
  }
  return bands.length === 0 ? null : bands;
}

export function formatAgeBands(bands: readonly AgeBand[]): string {
  return bands.map((b) => b.label).join(', ');
}

export const AGE_BANDS_HELP = 'Skriv t.ex. 0–17, 18–25, 26–44, 45–64, 65+ (utan glapp eller överlapp).';
