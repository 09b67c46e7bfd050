import { EMPTY, foldCase, text } from '../core/cell';
import { builtInByName, normaliseName } from '../core/codebook/defaultCodebook';
import {
  variableOf,
  isListVariable,
  teamKey,
  type Variable,
  type VariableKey,
  type Role,
} from '../core/codebook/types';
import { KodbokEdits } from '../core/plan/kodbokEdits';
import { refuse } from '../core/refusals';
import { labelKeyer } from '../core/labels';
import { newCaseColumn } from '../core/plan/casesSheet';
import type { WorkbookPort } from '../core/port/workbookPort';
import type { CellChange } from '../core/table/workbookValues';
import { labelRefusal, variableNameRefusal } from '../core/read/codebookNames';
import { readCodebookSheet, type CodebookReading } from '../core/read/readCodebook';
import { readCases } from '../core/read/readWorkbook';
import { a1 } from '../core/address';
import { columnValues, excelRowOf } from '../core/table/caseTable';

/** A variable the team adds: everything but its key, which its name gives. */
export type NewVariable = Omit<Variable, 'key' | 'width' | 'learnsValues'>;

/**
 * The codebook tab: what a team does to its Kodbok. Every change writes only the cells concerned; a
 * rename also renames the value in the case cells that hold it, and nothing else in Ärenden changes.
 */
export class CodebookActions {
  constructor(private readonly port: WorkbookPort) {}

  async read(): Promise<CodebookReading> {
    return readCodebookSheet(await this.port.readValues());
  }

  async addValue(key: VariableKey, label: string, role: Role | null): Promise<void> {
    const { reading, variable } = await this.variable(key);
    const trimmed = this.validLabel(variable, label);
    await this.port.setCells(KodbokEdits.of(reading).addValues(variable, [{ label: trimmed, role }]));
  }

  /** Renames a value in Kodbok and in every case cell counted as it; returns how many case cells changed. */
  async renameValue(key: VariableKey, from: string, to: string): Promise<number> {
    const values = await this.port.readValues();
    const { reading, variable } = this.variableIn(readCodebookSheet(values), key);
    const trimmed = this.validLabel(variable, to, from);
    const cases = this.casesHolding(values, variable, from);
    const changes: CellChange[] = [
      ...KodbokEdits.of(reading).renameValue(variable, from, trimmed),
      ...cases.map((c) => ({ ...c, value: text(trimmed) })),
    ];
    await this.port.setCells(changes);
    return cases.length;
  }

  async setRole(key: VariableKey, label: string, role: Role | null): Promise<void> {
    const { reading, variable } = await this.variable(key);
    await this.port.setCells(KodbokEdits.of(reading).setRole(variable, label, role));
  }

  /** Removes a value no case uses; refuses, with the count, where cases use it. */
  async removeValue(key: VariableKey, label: string): Promise<void> {
    const values = await this.port.readValues();
    const { reading, variable } = this.variableIn(readCodebookSheet(values), key);
    const used = this.casesHolding(values, variable, label).length;
    if (used > 0) {
      throw refuse.valueInUse({ label, count: used });
    }
    await this.port.setCells(KodbokEdits.of(reading).removeValue(variable, label));
  }

  /** Adds a variable to Kodbok and, unless the case table has a column of that name already, a column. */
  async addVariable(definition: NewVariable): Promise<Variable> {
    const values = await this.port.readValues();
    const reading = readCodebookSheet(values);
    const name = definition.name.trim().replace(/\s+/g, ' ');
    if (name === '') throw refuse.variableNameMissing({});
    const unusable = variableNameRefusal(name);
    if (unusable) throw unusable;
    if (
      builtInByName(name) ||
      reading.codebook.variables.some((v) => normaliseName(v.name) === normaliseName(name))
    ) {
      throw refuse.variableTaken({ name });
    }
    const variable: Variable = {
      ...definition,
      name,
      key: teamKey(name),
      learnsValues: true,
      width: Math.min(30, Math.max(12, name.length + 2)),
    };
    const { table } = readCases(values);
    const codebook = { variables: [...reading.codebook.variables, variable] };
    const hasColumn = table.headers.some((h) => normaliseName(h) === normaliseName(name));
    const edits = KodbokEdits.of(reading);
    const kodbokColumn = edits.nextListColumn;
    await this.port.setCells(edits.addVariable(variable));
    if (!hasColumn) {
      const column = table.firstColumn + table.headers.length;
      const lastCaseRow = excelRowOf(table, table.rows.length - 1);
      await this.port.addCaseColumn(
        newCaseColumn(codebook, variable, { sheet: table.sheetName, column, lastCaseRow, kodbokColumn }),
      );
    }
    return variable;
  }

  private async variable(key: VariableKey) {
    return this.variableIn(readCodebookSheet(await this.port.readValues()), key);
  }

  private variableIn(reading: CodebookReading, key: VariableKey) {
    const variable = variableOf(reading.codebook, key);
    if (!isListVariable(variable)) throw refuse.notAList({ variable: variable.name });
    return { reading, variable };
  }

  /** A label as it will stand: trimmed, within Excel's limits, not one that would count as another. */
  private validLabel(variable: Variable, label: string, renaming?: string): string {
    const trimmed = label.trim().replace(/\s+/g, ' ');
    if (trimmed === '') throw refuse.valueEmpty({});
    const clash = variable.values.find(
      (v) => foldCase(v.label) === foldCase(trimmed) && foldCase(v.label) !== foldCase(renaming ?? '\u0000'),
    );
    if (clash) throw refuse.valueTaken({ label: clash.label, variable: variable.name });
    const unusable = labelRefusal(trimmed, variable.name);
    if (unusable) throw unusable;
    return trimmed;
  }

  /** The case cells that the figures count as this label. */
  private casesHolding(
    values: Awaited<ReturnType<WorkbookPort['readValues']>>,
    variable: Variable,
    label: string,
  ) {
    const { table } = readCases(values);
    const column = table.columnOf[variable.key];
    if (column === undefined) return [];
    const keyOf = labelKeyer(variable.values.map((v) => v.label));
    const wanted = foldCase(label);
    return columnValues(table, variable.key).flatMap((cell, i) =>
      keyOf(cell) === wanted
        ? [{ sheet: table.sheetName, cell: a1(excelRowOf(table, i), column), value: EMPTY }]
        : [],
    );
  }
}
