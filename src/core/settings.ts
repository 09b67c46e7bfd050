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
  readonly investigationLimitDays: number;
  readonly ageBands: readonly AgeBand[];
}

export const DEFAULT_AGE_BANDS_TEXT = '0–17, 18–25, 26–44, 45–64, 65+';

export const DEFAULT_SETTINGS: Settings = {
  name: 'Uppföljning av missbruks- och beroendevården',
  municipality: '',
  period: '',
  minCount: 5,
  investigationLimitDays: 120,
  ageBands: parseAgeBands(DEFAULT_AGE_BANDS_TEXT) ?? [],
};

/**
 * Reads age bands written as "0–17, 18–25, 65+" (hyphen or en dash). Bands must start at rising ages;
 * each ends where the next begins, so an age such as 17.5 still falls in exactly one band.
 * Returns null when the text is not such a list.
 */
export function parseAgeBands(raw: string): AgeBand[] | null {
  const parts = raw
    .split(/[,;]/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const starts: number[] = [];
  for (const part of parts) {
    const match = /^(\d{1,3})\s*(?:[-–]\s*(\d{1,3})|\+)$/.exec(part);
    if (!match?.[1]) return null;
    starts.push(Number(match[1]));
  }
  if (starts.length === 0 || starts.some((s, i) => i > 0 && s <= (starts[i - 1] ?? 0))) return null;
  return starts.map((from, i) => {
    const next = starts[i + 1];
    return {
      label: next === undefined ? `${from}+` : `${from}–${next - 1}`,
      from,
      toExclusive: next ?? null,
    };
  });
}

export function formatAgeBands(bands: readonly AgeBand[]): string {
  return bands.map((b) => b.label).join(', ');
}
