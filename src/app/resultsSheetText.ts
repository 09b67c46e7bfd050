import { RESULTS_SHEET_NAME } from '../core/plan/resultsSheet';
import { FINGERPRINT_LABEL } from '../core/table/fingerprint';
import { findSheet, type WorkbookValues } from '../core/table/workbookValues';

/** The fingerprint the result sheet was computed from, or null when there is no result sheet. */
export function resultsFingerprint(values: WorkbookValues): string | null {
  const sheet = findSheet(values, RESULTS_SHEET_NAME);
  if (!sheet) return null;
  for (const row of sheet.rows) {
    const first = row[0];
    if (first?.kind === 'text' && first.text.startsWith(FINGERPRINT_LABEL))
      return first.text.slice(FINGERPRINT_LABEL.length).trim();
  }
  return '';
}
