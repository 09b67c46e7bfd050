import { foldCase, isBlank, numberOf, type CellValue } from '../cell';
import { type Role, type Codebook, type VariableKey, variableOf } from '../codebook/types';
import { labelKeyer } from '../labels';
import { isoFromSerial, isPlausibleSerial } from '../dates';
import { warning, type Finding } from '../table/problem';

export type RowFinding = Finding & { readonly variable: VariableKey };

/** Problems that need two cells of the same row to see. */
export function checkRow(codebook: Codebook, cellOf: (key: VariableKey) => CellValue): RowFinding[] {
  const findings: RowFinding[] = [];
  const dateIn = (key: VariableKey) => {
    const value = numberOf(cellOf(key));
    // An impossible date is reported on its own; comparing it would only add noise.
    return value !== null && isPlausibleSerial(value) ? value : null;
  };
  const actualised = dateIn('actualisedOn');
  for (const key of ['investigationClosedOn', 'closedOn'] as const) {
    const later = dateIn(key);
    if (actualised !== null && later !== null && later < actualised) {
      const name = variableOf(codebook, key).name;
      findings.push({
        variable: key,
        ...warning(
          'date-order',
          `${name} (${isoFromSerial(later)}) är före datum för aktualisering (${isoFromSerial(actualised)}).`,
        ),
      });
    }
  }
  if (
    roleOf(codebook, 'interventionDecided', cellOf('interventionDecided')) === 'no' &&
    !isBlank(cellOf('completion'))
  ) {
    findings.push({
      variable: 'completion',
      ...warning(
        'completion-without-intervention',
        'Fullföljning är ifylld fast inget beslut om insats fattades.',
      ),
    });
  }
  if (
    roleOf(codebook, 'closingReason', cellOf('closingReason')) === 'ongoing' &&
    !isBlank(cellOf('closedOn'))
  ) {
    findings.push({
      variable: 'closedOn',
      ...warning('closed-but-ongoing', 'Ärendet har ett datum för avslut men är markerat som pågående.'),
    });
  }
  return findings;
}

/** The role of the label a cell is counted as (labels.ts), or null. */
function roleOf(codebook: Codebook, key: VariableKey, cell: CellValue): Role | null {
  const values = variableOf(codebook, key).values;
  const matched = labelKeyer(values.map((v) => v.label))(cell);
  return values.find((v) => foldCase(v.label) === matched)?.role ?? null;
}
