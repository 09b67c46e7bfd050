import { foldCase } from '../cell';
import type { Role } from '../codebook/roles';
import type { Codebook, VariableKey } from '../codebook/types';
import { variableOf } from '../codebook/defaultCodebook';
import type { Condition, GroupSpec } from '../figures/groups';
import { columnRef, countIfs, labelCriterion, str, sum } from './formulaText';

/** Builds the formula expressions of one group's figures over the case table. */
export class GroupFormulas {
  constructor(
    private readonly codebook: Codebook,
    /**
     * Each variable's header as the table spells it (a structured reference must name it so), in table
     * order: a row is empty only when all of these columns are.
     */
    private readonly headers: ReadonlyMap<VariableKey, string>,
    private readonly spec: GroupSpec,
  ) {}

  private col(key: VariableKey): string {
    return columnRef(this.headers.get(key) ?? variableOf(this.codebook, key).name);
  }

  private criteria(): [string, string][] {
    return this.spec.conditions.flatMap((c): [string, string][] => {
      const ref = this.col(c.variable);
      if (c.kind === 'label') return [[ref, labelCriterion(c.label)]];
      const lower: [string, string] = [ref, str(`>=${c.from}`)];
      return c.toExclusive === null ? [lower] : [lower, [ref, str(`<${c.toExclusive}`)]];
    });
  }

  private emptyRows(): string {
    const blanks = [...this.headers.values()].map((name) => `ISBLANK(${columnRef(name)})`).join('*');
    return `SUMPRODUCT(${blanks})`;
  }

  /** Rows in the group. The total counts every table row that is not entirely empty. */
  n(): string {
    if (this.spec.conditions.length === 0) {
      return `(ROWS(${columnRef([...this.headers.values()][0] ?? '')})-${this.emptyRows()})`;
    }
    return countIfs(this.criteria());
  }

  /** Rows whose value in `variable` has one of `roles`; with `blank`, empty cells count too. */
  withRoles(variable: VariableKey, roles: readonly Role[], blank = false): string {
    // One COUNTIFS per label; two labels equal but for case would be counted twice, so keep the first.
    const byKey = new Map<string, string>();
    for (const v of variableOf(this.codebook, variable).values) {
      if (v.role !== null && roles.includes(v.role) && !byKey.has(foldCase(v.label)))
        byKey.set(foldCase(v.label), v.label);
    }
    const labels = [...byKey.values()];
    const ref = this.col(variable);
    const terms = labels.map((label) => countIfs([...this.criteria(), [ref, labelCriterion(label)]]));
    if (blank) terms.push(this.blankCount(variable));
    return sum(terms);
  }

  blankCount(variable: VariableKey): string {
    const blankCriterion: [string, string] = [this.col(variable), '""'];
    if (this.spec.conditions.length === 0) return `(${countIfs([blankCriterion])}-${this.emptyRows()})`;
    return countIfs([...this.criteria(), blankCriterion]);
  }

  /** A per-row array of the group's members: `value` where the row belongs, "" elsewhere. */
  private within(value: string): string {
    const masks = this.spec.conditions.map((c) => this.mask(c));
    return masks.length === 0 ? value : `IF(${masks.join('*')},${value},"")`;
  }

  private mask(condition: Condition): string {
    const ref = this.col(condition.variable);
    if (condition.kind === 'label') return `IFERROR(${ref}=${str(condition.label)},FALSE)`;
    const upper = condition.toExclusive === null ? '' : `*(${ref}<${condition.toExclusive})`;
    return `IF(ISNUMBER(${ref}),(${ref}>=${condition.from})${upper},0)`;
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
