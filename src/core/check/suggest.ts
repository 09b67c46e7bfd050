import type { ValueOption } from '../codebook/types';

/** Spacing, letter case and dash style do not change which value a person meant. */
function normalise(value: string): string {
  return value
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[-‐‑‒—]/g, '–')
    .toLowerCase();
}

/**
 * The one label clearly meant by a typed value: the same up to spacing, case and dashes, or the only
 * label it abbreviates ("K" → "Kvinna", "förb" → "Förbättrad"). Null when none or several fit.
 */
export function suggestLabel(typed: string, options: readonly ValueOption[]): string | null {
  const wanted = normalise(typed);
  if (wanted === '') return null;
  const exact = options.filter((o) => normalise(o.label) === wanted);
  if (exact.length === 1) return exact[0]?.label ?? null;
  const prefixed = options.filter((o) => normalise(o.label).startsWith(wanted));
  return prefixed.length === 1 ? (prefixed[0]?.label ?? null) : null;
}
