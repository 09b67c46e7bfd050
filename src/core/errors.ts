/** Thrown when the core is called wrongly (a programming error), never for bad data in a workbook. */
export class CoreUsageError extends Error {
  override readonly name = 'CoreUsageError';
}

export type Language = 'sv' | 'en';

/**
 * The one family of errors a user sees: something the tool will not do to this workbook or file, with
 * its message in Swedish and English. Made only by `refuse` (refusals.ts), the catalogue of all of them;
 * problems inside usable data are returned as values by the check instead.
 */
export class Refusal extends Error {
  override readonly name = 'Refusal';

  constructor(
    /** Stable, for tests and scripts: e.g. `sheet-exists`. */
    readonly code: string,
    swedish: string,
    private readonly english: string,
  ) {
    super(swedish);
  }

  in(language: Language): string {
    return language === 'en' ? this.english : this.message;
  }
}

/** What to show a user for an error: a refusal in their language; anything else as it says. */
export function messageOf(error: unknown, language: Language): string {
  if (error instanceof Refusal) return error.in(language);
  return error instanceof Error ? error.message : String(error);
}
