import { a1 } from '../address';
import { EMPTY, foldCase, text, type CellValue } from '../cell';
import { refuse } from '../refusals';
import {
  CODEBOOK_SHEET_NAME,
  CODEBOOK_VERSION,
  CODEBOOK_VERSION_CELL,
  LIST_ROWS,
  ROLE_HEADER,
} from '../layout/kodbokLayout';
import type { CellChange } from '../table/workbookValues';
import type { CodebookReading, KodbokLayout } from '../read/readCodebook';
import { ROLE_NAMES } from '../codebook/roles';
import {
  type Role,
  isListVariable,
  REQUIREMENT_NAMES,
  type ValueOption,
  type Variable,
} from '../codebook/types';
import { typeName } from '../codebook/typeNames';

/**
 * Edits of Kodbok as single cells: only the cells of the variable or value concerned change, so the
 * team's formatting, notes and anything else on the sheet stay as they were.
 */
export class KodbokEdits {
  constructor(private readonly layout: KodbokLayout) {}

  static of(reading: CodebookReading): KodbokEdits {
    if (!reading.layout) {
      throw refuse.noCodebookSheet({});
    }
    return new KodbokEdits(reading.layout);
  }

  /** New values at the end of a list (a list without a column in Kodbok gets one). */
  addValues(variable: Variable, values: readonly ValueOption[]): CellChange[] {
    const rows = this.layout.valueRows.get(variable.key) ?? [];
    const column = this.layout.listColumns.get(variable.key);
    const changes: CellChange[] =
      column === undefined ? this.listHeader(variable, this.layout.nextListColumn) : [];
    const at = column ?? this.layout.nextListColumn;
    let row = rows.reduce((last, r) => Math.max(last, r.row), this.layout.headerRow) + 1;
    for (const value of values) {
      if (row > this.layout.headerRow + LIST_ROWS) {
        throw refuse.listFull({ variable: variable.name, rows: LIST_ROWS, label: value.label });
      }
      changes.push(this.cell(row, at, text(value.label)));
      if (value.role) changes.push(this.cell(row, at + 1, text(ROLE_NAMES[value.role])));
      row++;
    }
    return changes;
  }

  renameValue(variable: Variable, from: string, to: string): CellChange[] {
    const { row, column } = this.valueCell(variable, from);
    return [this.cell(row, column, text(to))];
  }

  setRole(variable: Variable, label: string, role: Role | null): CellChange[] {
    const { row, column } = this.valueCell(variable, label);
    return [this.cell(row, column + 1, role ? text(ROLE_NAMES[role]) : EMPTY)];
  }

  /** Removes a value and moves the values under it up, so the drop-down has no gap. */
  removeValue(variable: Variable, label: string): CellChange[] {
    const { column } = this.valueCell(variable, label);
    const rows = this.layout.valueRows.get(variable.key) ?? [];
    const index = rows.findIndex((r) => foldCase(r.label) === foldCase(label));
    const kept = rows.filter((_, i) => i !== index);
    const changes: CellChange[] = [];
    kept.slice(index).forEach((r, i) => {
      const target = rows[index + i]?.row ?? r.row;
      const value = variable.values.find((v) => foldCase(v.label) === foldCase(r.label));
      changes.push(this.cell(target, column, text(r.label)));
      changes.push(this.cell(target, column + 1, value?.role ? text(ROLE_NAMES[value.role]) : EMPTY));
    });
    const freed = rows[rows.length - 1]?.row ?? this.layout.headerRow + 1;
    changes.push(this.cell(freed, column, EMPTY), this.cell(freed, column + 1, EMPTY));
    return changes;
  }

  /** Where a new list's labels go: right of the last column in use. */
  get nextListColumn(): number {
    return this.layout.nextListColumn;
  }

  /** A new variable's row under the others, and for a list its column pair with its values. */
  addVariable(variable: Variable): CellChange[] {
    const row = this.layout.nextVariableRow;
    const fields = [
      variable.name,
      variable.group ?? '–',
      variable.description,
      typeName(variable),
      REQUIREMENT_NAMES[variable.requirement],
    ];
    const changes = fields.map((f, i) => this.cell(row, i + 1, text(f)));
    if (!isListVariable(variable)) return changes;
    const column = this.layout.nextListColumn;
    changes.push(...this.listHeader(variable, column));
    variable.values.forEach((v, i) => {
      changes.push(this.cell(this.layout.headerRow + 1 + i, column, text(v.label)));
      if (v.role)
        changes.push(this.cell(this.layout.headerRow + 1 + i, column + 1, text(ROLE_NAMES[v.role])));
    });
    return changes;
  }

  /** What an older Kodbok needs to be this version's: the roles read from defaults, and the version mark. */
  upgrade(reading: CodebookReading): CellChange[] {
    const changes: CellChange[] = [];
    for (const variable of reading.codebook.variables) {
      const column = this.layout.listColumns.get(variable.key);
      const rows = this.layout.valueRows.get(variable.key) ?? [];
      if (column === undefined || !variable.values.some((v) => v.role !== null)) continue;
      changes.push(this.cell(this.layout.headerRow, column + 1, text(ROLE_HEADER)));
      for (const { label, row } of rows) {
        const role = variable.values.find((v) => v.label === label)?.role;
        if (role) changes.push(this.cell(row, column + 1, text(ROLE_NAMES[role])));
      }
    }
    const { row, column } = CODEBOOK_VERSION_CELL;
    changes.push(this.cell(row, column, text(`Kodbokens version ${CODEBOOK_VERSION}`)));
    return changes;
  }

  private listHeader(variable: Variable, column: number): CellChange[] {
    return [
      this.cell(this.layout.headerRow, column, text(variable.name)),
      this.cell(this.layout.headerRow, column + 1, text(ROLE_HEADER)),
    ];
  }

  private valueCell(variable: Variable, label: string): { row: number; column: number } {
    const column = this.layout.listColumns.get(variable.key);
    const found = this.layout.valueRows.get(variable.key)?.find((r) => foldCase(r.label) === foldCase(label));
    if (column === undefined || !found) {
      throw refuse.valueMissing({ label, variable: variable.name });
    }
    return { row: found.row, column };
  }

  private cell(row: number, column: number, value: CellValue): CellChange {
    return { sheet: this.layout.sheet || CODEBOOK_SHEET_NAME, cell: a1(row, column), value };
  }
}
