import { foldCase, isBlank, matchKey, numberOf, type CellValue } from '../cell';
import type { Codebook, VariableKey } from '../codebook/types';
import { variableOf } from '../codebook/defaultCodebook';
import { isoFromSerial, isPlausibleSerial } from '../dates';
import { warning, type Finding } from './problem';

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
  if (matchKey(cellOf('interventionDecided')) === 'nej' && !isBlank(cellOf('completion'))) {
    findings.push({
      variable: 'completion',
      ...warning(
        'completion-without-intervention',
        'Fullföljning är ifylld fast inget beslut om insats fattades.',
      ),
    });
  }
  const ongoingLabels = variableOf(codebook, 'closingReason')
    .values.filter((v) => v.role === 'ongoing')
    .map((v) => foldCase(v.label));
  const reason = matchKey(cellOf('closingReason'));
  if (reason !== null && ongoingLabels.includes(reason) && !isBlank(cellOf('closedOn'))) {
    findings.push({
      variable: 'closedOn',
      ...warning('closed-but-ongoing', 'Ärendet har ett datum för avslut men är markerat som pågående.'),
    });
  }
  return findings;
}
