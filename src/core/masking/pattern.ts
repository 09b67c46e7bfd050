import type { ShowRule } from '../figures/masking';
import type { MaskCellId } from './cells';

/**
 * How a result sheet masks: the minimum count t and whether it rounds (the show rule), the primary
 * hidden counts (1 … t−1, shown as `<t`, decided by the sheet's formulas) and the secondary ones (shown
 * as `..`), chosen by the tool so that no relation gives a hidden count back.
 */
export interface MaskPattern extends ShowRule {
  readonly secondary: ReadonlySet<MaskCellId>;
}
