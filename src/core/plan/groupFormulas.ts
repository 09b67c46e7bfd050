import { foldCase } from '../cell';
import { type Role, type Codebook, type VariableKey, variableOf } from '../codebook/types';
import type { Condition, GroupSpec } from '../figures/groups';
import { labelNumber } from '../labels';
import { columnRef, countIfs, labelCriterion, str, sum } from './formulaText';

/**
 * Builds the formula expressions of one group's figures over the case table.
 *
 * A group of labels and age ranges is counted with COUNTIFS, one per label. A group that catches the rest
 * (a blank, a value not in the codebook, an age outside the bands) cannot be one COUNTIFS criterion, so it
 * is counted as SUMPRODUCT over row masks instead: `array` is then true, since IF and IFERROR inside
 * SUMPRODUCT need an array formula in Excel. Both follow the same matching rule (labels.ts).
 */
export class GroupFormulas {
  /** True when the group's formulas are array formulas over row masks. */
  readonly array: boolean;

  constructor(
    private readonly codebook: Codebook,
    /**
     * Each variable's header as the table spells it (a structured reference must name it so), in table
     * order: a row is empty only when all of these columns are.
     */
    private readonly headers: ReadonlyMap<VariableKey, string>,
    private readonly spec: GroupSpec,
  ) {
    this.array = spec.conditions.some((c) => c.kind !== 'label' && c.kind !== 'range');
  }

  private col(key: VariableKey): string {
    return columnRef(this.headers.get(key) ?? variableOf(this.codebook, key).name);
  }

  private criteria(): [string, string][] {
    return this.spec.conditions.flatMap((c): [string, string][] => {
      const ref = this.col(c.variable);
      if (c.kind === 'label') return [[ref, labelCriterion(c.label)]];
      if (c.kind !== 'range') return [];
      const lower: [string, string] = [ref, str(`>=${c.from}`)];
      return c.toExclusive === null ? [lower] : [lower, [ref, str(`<${c.toExclusive}`)]];
    });
  }

  private emptyRows(): string {
    return `SUMPRODUCT(${this.emptyRowMask()})`;
  }

  private emptyRowMask(): string {
    return [...this.headers.values()].map((name) => `ISBLANK(${columnRef(name)})`).join('*');
  }

  /** Rows in the group. The total counts every table row that is not entirely empty. */
  n(): string {
    if (this.spec.conditions.length === 0) {
      return `(ROWS(${columnRef([...this.headers.values()][0] ?? '')})-${this.emptyRows()})`;
    }
    return this.array ? `SUMPRODUCT(${this.rowMask()})` : countIfs(this.criteria());
  }

  /** Rows whose value in `variable` has one of `roles`; with `blank`, empty cells count too. */
  withRoles(variable: VariableKey, roles: readonly Role[], blank = false): string {
    const labels = this.roleLabels(variable, roles);
    const ref = this.col(variable);
    if (this.array) {
      const tests = labels.map((label) => labelTest(ref, label));
      if (blank) tests.push(blankTest(ref));
      return tests.length === 0 ? '0' : `SUMPRODUCT(${this.rowMask()}*(${tests.join('+')}))`;
    }
    const terms = labels.map((label) => countIfs([...this.criteria(), [ref, labelCriterion(label)]]));
    if (blank) terms.push(this.blankCount(variable));
    return sum(terms);
  }

  /** One COUNTIFS per label; two labels equal but for case would be counted twice, so keep the first. */
  private roleLabels(variable: VariableKey, roles: readonly Role[]): string[] {
    const byKey = new Map<string, string>();
    for (const v of variableOf(this.codebook, variable).values) {
      if (v.role !== null && roles.includes(v.role) && !byKey.has(foldCase(v.label)))
        byKey.set(foldCase(v.label), v.label);
    }
    return [...byKey.values()];
  }

  /** Case rows of the group whose `variable` is blank. */
  blankCount(variable: VariableKey): string {
    if (this.array) return `SUMPRODUCT(${this.rowMask()}*${blankTest(this.col(variable))})`;
    const blankCriterion: [string, string] = [this.col(variable), '""'];
    if (this.spec.conditions.length === 0) return `(${countIfs([blankCriterion])}-${this.emptyRows()})`;
    return countIfs([...this.criteria(), blankCriterion]);
  }

  /** Case rows of the group whose `variable` matches one of `labels` (the data-quality table). */
  labelCount(variable: VariableKey, labels: readonly string[]): string {
    const ref = this.col(variable);
    if (this.array) {
      return labels.length === 0
        ? '0'
        : `SUMPRODUCT(${this.rowMask()}*(${labels.map((l) => labelTest(ref, l)).join('+')}))`;
    }
    return sum(labels.map((label) => countIfs([...this.criteria(), [ref, labelCriterion(label)]])));
  }

  /** 1 for each case row of the group, 0 elsewhere; a product of 0/1 terms. */
  private rowMask(): string {
    const masks = this.spec.conditions.map((c) => this.mask(c));
    // Only conditions that a blank cell meets let an empty row in; any other one keeps them out.
    const letsEmptyIn = this.spec.conditions.every((c) => c.kind === 'blank' || c.kind === 'outsideRange');
    if (letsEmptyIn) masks.unshift(`(1-${this.emptyRowMask()})`);
    return masks.join('*');
  }

  /** A per-row array of the group's members: `value` where the row belongs, "" elsewhere. */
  private within(value: string): string {
    const masks = this.spec.conditions.map((c) => this.mask(c));
    return masks.length === 0 ? value : `IF(${masks.join('*')},${value},"")`;
  }

  private mask(condition: Condition): string {
    const ref = this.col(condition.variable);
    switch (condition.kind) {
      case 'label':
        return labelTest(ref, condition.label);
      case 'blank':
        return blankTest(ref);
      case 'otherValue': {
        const labels = condition.labels.map((label) => labelTest(ref, label));
        const none = labels.length === 0 ? '1' : `(1-(${labels.join('+')}))`;
        return `(1-${blankTest(ref)})*${none}`;
      }
      case 'range':
        return rangeTest(ref, condition.from, condition.toExclusive);
      case 'outsideRange':
        return `(1-${rangeTest(ref, condition.from, condition.toExclusive)})`;
    }
  }

  /** Investigation days per member row with both dates in order; "" otherwise. */
  investigationDays(): string {
    const start = this.col('actualisedOn');
    const end = this.col('investigationClosedOn');
    return this.within(
      `IF(ISNUMBER(${end}),IF(ISNUMBER(${start}),IF(${end}>=${start},${end}-${start},""),""),"")`,
    );
  }

  /** 1 for each member row whose investigation took longer than `limit` days. */
  investigationsOver(limit: string): string {
    const start = this.col('actualisedOn');
    const end = this.col('investigationClosedOn');
    return this.within(`IF(ISNUMBER(${end}),IF(ISNUMBER(${start}),IF(${end}-${start}>${limit},1,""),""),"")`);
  }

  ages(): string {
    const age = this.col('age');
    return this.within(`IF(ISNUMBER(${age}),${age},"")`);
  }
}

/** 1 where the cell matches the label as COUNTIFS would (labels.ts), 0 elsewhere; errors never match. */
export function labelTest(ref: string, label: string): string {
  const asText = `IFERROR(${ref}=${str(label)},FALSE)`;
  const value = labelNumber(label);
  return value === null ? `(${asText}*1)` : `((${asText}+IFERROR(${ref}=${value},FALSE))>0)`;
}

/** 1 where the cell is blank as COUNTIFS(range, "") counts it: empty or empty text. */
function blankTest(ref: string): string {
  return `(IFERROR(${ref}="",FALSE)*1)`;
}

/** 1 where the cell is a number from `from` up to `toExclusive`, 0 elsewhere (text, blank, error). */
function rangeTest(ref: string, from: number, toExclusive: number | null): string {
  const upper = toExclusive === null ? '' : `*(${ref}<${toExclusive})`;
  return `IF(ISNUMBER(${ref}),(${ref}>=${from})${upper},0)`;
}
