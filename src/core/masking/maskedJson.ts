import type { MaskingMethod } from '../settings';
import type { CellValue } from '../cell';
import { contractFrom, type ContractOf } from '../figures/json';
import { isTotal, type BreakdownKind } from '../figures/groups';
import { caseCount } from '../figures/arithmetic';
import type { Results } from '../figures/types';
import { shownFigure } from './shown';
import type { MaskPattern } from './pattern';

/** A value as a cell of the masked sheet holds it: a number, a mark such as "<5", "..", "–", or null when blank. */
export type ShownJsonValue = number | string | null;

/** `results --json --masked`: the `--json` shape, each value as the result sheet shows it (README). */
export interface MaskedResultsJson {
  readonly masked: true;
  readonly minCount: number;
  /** `round` when the sheet rounds counts and rates (Inställningar's "avrunda"), else `hide`. */
  readonly masking: MaskingMethod;
  /** The total's number of cases as the sheet shows it. */
  readonly cases: ShownJsonValue;
  readonly groups: readonly MaskedGroupJson[];
}

export type MaskedGroupJson = {
  readonly by: BreakdownKind;
  readonly variable?: string;
  readonly key: readonly string[];
} & ContractOf<ShownJsonValue, ShownJsonValue>;

export const jsonValue = (cell: CellValue): ShownJsonValue => {
  switch (cell.kind) {
    case 'number':
      return cell.value;
    case 'text':
      return cell.text === '' ? null : cell.text;
    case 'empty':
      return null;
    case 'boolean':
      return String(cell.value);
    case 'error':
      return cell.code;
  }
};

export function maskedResultsJson(results: Results, pattern: MaskPattern): MaskedResultsJson {
  const groups = results.groups.map((g, i): MaskedGroupJson => {
    const shown = (id: Parameters<typeof shownFigure>[3]) => jsonValue(shownFigure(results, pattern, i, id));
    return {
      by: g.by,
      ...(g.variable === undefined ? {} : { variable: g.variable }),
      key: g.key,
      ...contractFrom(shown, shown),
    };
  });
  const total = results.groups.findIndex(isTotal);
  return {
    masked: true,
    minCount: pattern.t,
    masking: pattern.rounding ? 'round' : 'hide',
    cases: jsonValue(shownFigure(results, pattern, total, caseCount())),
    groups,
  };
}
