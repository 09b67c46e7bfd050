/** Thrown when the core is called wrongly (a programming error), never for bad data in a workbook. */
export class CoreUsageError extends Error {
  override readonly name = 'CoreUsageError';
}

/**
 * Thrown when a workbook cannot be used at all (no case table, missing columns). The message is Swedish
 * and meant for the user; problems inside usable data are returned as values by the check instead.
 */
export class WorkbookShapeError extends Error {
  override readonly name = 'WorkbookShapeError';
}
