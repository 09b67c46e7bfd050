import { a1 } from '../address';
import { cellText, foldCase, type CellValue } from '../cell';
import { error, warning, type Problem } from '../table/problem';
import { builtInByName, DEFAULT_CODEBOOK, normaliseName } from '../codebook/defaultCodebook';
import { ROLE_NAMES, ROLE_RULES, roleFromName } from '../codebook/roles';
import {
  type Role,
  isListVariable,
  isTeamKey,
  teamKey,
  type Codebook,
  type ValueOption,
  type Variable,
  type VariableKey,
  type VariableGroup,
} from '../codebook/types';
import { parseRequirement, parseTypeName } from '../codebook/typeNames';
import {
  CODEBOOK_SHEET_NAME,
  CODEBOOK_VERSION,
  CODEBOOK_VERSION_CELL,
  FIRST_LIST_COLUMN,
  LIST_ROWS,
  ROLE_HEADER,
} from '../layout/kodbokLayout';
import { findSheet, valueAt, type SheetValues, type WorkbookValues } from '../table/workbookValues';
import { checkVariableName, checkLabel } from './codebookNames';

/** Where Kodbok holds each part of the codebook, so an edit changes exactly those cells. */
export interface KodbokLayout {
  readonly sheet: string;
  readonly headerRow: number;
  readonly variableRows: ReadonlyMap<VariableKey, number>;
  /** The first empty row under the variables (column A). */
  readonly nextVariableRow: number;
  /** Each list's label column; its roles stand to the right. */
  readonly listColumns: ReadonlyMap<VariableKey, number>;
  /** The row each kept value stands in, in list order. */
  readonly valueRows: ReadonlyMap<VariableKey, readonly { readonly label: string; readonly row: number }[]>;
  /** The first free column for a new list's label column. */
  readonly nextListColumn: number;
}

export interface CodebookReading {
  readonly codebook: Codebook;
  /** Null when the workbook has no Kodbok sheet (the default codebook stands in). */
  readonly layout: KodbokLayout | null;
  /** What is wrong in Kodbok, at its cells: a role missing or unknown, labels that count as one, bad types. */
  readonly problems: readonly Problem[];
  /** False when Kodbok is missing or older than this version: a repair writes it anew (case cells untouched). */
  readonly upToDate: boolean;
}

/** The codebook as the workbook's Kodbok sheet has it: the definition of the follow-up. */
export function readCodebook(workbook: WorkbookValues): Codebook {
  return readCodebookSheet(workbook).codebook;
}

export function readCodebookSheet(workbook: WorkbookValues): CodebookReading {
  const sheet = findSheet(workbook, CODEBOOK_SHEET_NAME);
  const headerRow = sheet ? findHeaderRow(sheet) : null;
  if (!sheet || headerRow === null)
    return { codebook: DEFAULT_CODEBOOK, layout: null, problems: [], upToDate: false };
  const version = valueAt(sheet, CODEBOOK_VERSION_CELL.row, CODEBOOK_VERSION_CELL.column);
  const upToDate = version.kind === 'text' && version.text.endsWith(` ${CODEBOOK_VERSION}`);
  const reader = new KodbokReader(sheet, headerRow, !upToDate);
  const codebook = reader.read();
  return { codebook, layout: reader.layout(), problems: reader.problems, upToDate };
}

function findHeaderRow(sheet: SheetValues): number | null {
  for (let r = 1; r <= Math.min(sheet.rows.length, 20); r++) {
    if (cellText(valueAt(sheet, r, 1)).toLowerCase() === 'variabel') return r;
  }
  return null;
}

/** A Kodbok from before roles for "Beslut om insats": a role list with no roles at all gets the default ones. */
function withDefaultRoles(variable: Variable, values: readonly ValueOption[]): ValueOption[] {
  const defaults = DEFAULT_CODEBOOK.variables.find((d) => d.key === variable.key);
  if (!defaults || values.some((o) => o.role !== null)) return [...values];
  const roleOf = (label: string) =>
    defaults.values.find((d) => foldCase(d.label) === foldCase(label))?.role ?? null;
  return values.map((o) => ({ label: o.label, role: roleOf(o.label) }));
}

const GROUPS: readonly VariableGroup[] = ['Bakgrund', 'Process', 'Resultat'];

class KodbokReader {
  readonly problems: Problem[] = [];
  private readonly listColumns = new Map<string, number>();
  private readonly variableRows = new Map<VariableKey, number>();
  private readonly usedListColumns = new Map<VariableKey, number>();
  private readonly valueRows = new Map<VariableKey, { label: string; row: number }[]>();
  private lastRow = 0;

  constructor(
    private readonly sheet: SheetValues,
    private readonly headerRow: number,
    /** Written by an older version: missing roles that this version added are taken from the defaults. */
    private readonly legacy: boolean,
  ) {
    const header = sheet.rows[headerRow - 1] ?? [];
    header.forEach((cell, i) => {
      const name = normaliseName(cellText(cell));
      if (i + 1 >= FIRST_LIST_COLUMN - 1 && name !== '' && !this.listColumns.has(name))
        this.listColumns.set(name, i + 1);
    });
  }

  read(): Codebook {
    const variables: Variable[] = [];
    const seen = new Set<string>();
    for (let row = this.headerRow + 1; row <= this.sheet.rows.length + 1; row++) {
      this.lastRow = row;
      const name = cellText(this.at(row, 1));
      if (name === '') break;
      const variable = this.variableAt(row, name);
      if (!variable) continue;
      if (seen.has(variable.key)) {
        this.report(row, 1, error('codebook-name', `Variabeln ${name} står två gånger i kodboken.`));
        continue;
      }
      seen.add(variable.key);
      this.variableRows.set(variable.key, row);
      variables.push(variable);
    }
    // The figures need every built-in variable; one whose row was removed keeps its default definition.
    const missing = DEFAULT_CODEBOOK.variables.filter((v) => !seen.has(v.key));
    return { variables: [...variables, ...missing] };
  }

  private variableAt(row: number, name: string): Variable | null {
    const builtIn = builtInByName(name);
    const description = cellText(this.at(row, 3));
    const requirement = this.requirementAt(row, builtIn?.requirement ?? 'optional');
    if (builtIn) {
      const base = { ...builtIn, description: description || builtIn.description, requirement };
      return isListVariable(base) ? { ...base, values: this.valuesOf(base) } : base;
    }
    const nameProblem = checkVariableName(name);
    if (nameProblem) {
      this.report(row, 1, nameProblem);
      return null;
    }
    const typeText = cellText(this.at(row, 4));
    const parsed = parseTypeName(typeText);
    if (!parsed) {
      this.report(
        row,
        4,
        error(
          'codebook-type',
          `Typen "${typeText}" för ${name} går inte att läsa. Skriv lista, ordnad lista, heltal, tal, datum eller fritext (t.ex. "heltal 0–10").`,
        ),
      );
    }
    const groupText = cellText(this.at(row, 2)).toLowerCase();
    const variable: Variable = {
      key: teamKey(name),
      name,
      group: GROUPS.find((g) => g?.toLowerCase() === groupText) ?? null,
      description,
      type: parsed?.type ?? 'text',
      requirement,
      values: [],
      ...(parsed?.bounds ? { bounds: parsed.bounds } : {}),
      learnsValues: true,
      width: Math.min(30, Math.max(12, name.length + 2)),
    };
    return isListVariable(variable) ? { ...variable, values: this.valuesOf(variable) } : variable;
  }

  private requirementAt(row: number, fallback: Variable['requirement']): Variable['requirement'] {
    const raw = cellText(this.at(row, 5));
    if (raw === '') return fallback;
    const parsed = parseRequirement(raw);
    if (parsed) return parsed;
    this.report(
      row,
      5,
      error('codebook-type', `"${raw}" går inte att läsa som obligatorisk: skriv ja eller nej.`),
    );
    return fallback;
  }

  /** A list's values and roles from its column pair; a built-in list whose column is gone keeps its defaults. */
  private valuesOf(variable: Variable): ValueOption[] {
    const column = this.listColumns.get(normaliseName(variable.name));
    if (column === undefined) {
      if (isTeamKey(variable.key)) this.reportMissingColumn(variable);
      return [...variable.values];
    }
    const hasRoles = foldCase(cellText(this.at(this.headerRow, column + 1))) === foldCase(ROLE_HEADER);
    const values: ValueOption[] = [];
    const rows: { label: string; row: number }[] = [];
    this.usedListColumns.set(variable.key, column);
    this.valueRows.set(variable.key, rows);
    const firstRowOf = new Map<string, number>();
    for (let r = this.headerRow + 1; r <= this.headerRow + LIST_ROWS; r++) {
      const raw = this.at(r, column);
      const label = raw.kind === 'text' ? raw.text : cellText(raw);
      if (label.trim() === '') continue;
      const labelProblem = checkLabel(label, variable.name, firstRowOf.get(normaliseName(label)));
      if (labelProblem) this.report(r, column, labelProblem);
      if (firstRowOf.has(normaliseName(label))) continue;
      firstRowOf.set(normaliseName(label), r);
      const role = hasRoles ? this.roleAt(r, column + 1, variable) : null;
      values.push({ label: label.trim(), role });
      rows.push({ label: label.trim(), row: r });
    }
    const upgraded = this.legacy && !isTeamKey(variable.key) ? withDefaultRoles(variable, values) : values;
    this.checkRoles(variable, upgraded, column);
    return upgraded;
  }

  private roleAt(row: number, column: number, variable: Variable): Role | null {
    const raw = cellText(this.at(row, column));
    if (raw === '') return null;
    const role = roleFromName(raw);
    const rule = isTeamKey(variable.key) ? undefined : ROLE_RULES[variable.key];
    const allowed = rule?.allowed ?? [];
    if (role && allowed.includes(role)) return role;
    const names = allowed.map((r) => ROLE_NAMES[r]).join(', ');
    this.report(
      row,
      column,
      error(
        'codebook-role',
        allowed.length === 0
          ? `${variable.name} har inga roller; "${raw}" räknas inte. Töm cellen.`
          : `"${raw}" är ingen roll för ${variable.name}. Skriv en av: ${names}.`,
      ),
    );
    return null;
  }

  /** Every value of a role-bearing list needs a role, and the figures need each role they count. */
  private checkRoles(variable: Variable, values: readonly ValueOption[], column: number): void {
    const rule = isTeamKey(variable.key) ? undefined : ROLE_RULES[variable.key];
    if (!rule) return;
    if (!rule.optionalRole) {
      values.forEach((v, i) => {
        if (v.role !== null) return;
        const row = this.rowOfValue(column, v.label, i);
        this.report(
          row,
          column + 1,
          error(
            'codebook-role',
            `"${v.label}" i ${variable.name} saknar roll och skulle inte räknas. Ange en roll.`,
          ),
        );
      });
    }
    for (const role of rule.needed) {
      if (values.some((v) => v.role === role)) continue;
      this.report(
        this.headerRow,
        column,
        error(
          'codebook-role',
          `Inget värde i ${variable.name} har rollen ${ROLE_NAMES[role]}; resultatet behöver den.`,
        ),
      );
    }
  }

  private rowOfValue(column: number, label: string, fallbackIndex: number): number {
    for (let r = this.headerRow + 1; r <= this.headerRow + LIST_ROWS; r++) {
      if (cellText(this.at(r, column)) === label) return r;
    }
    return this.headerRow + 1 + fallbackIndex;
  }

  private reportMissingColumn(variable: Variable): void {
    this.report(
      this.headerRow,
      1,
      warning(
        'codebook-list',
        `Listan ${variable.name} har ingen kolumn med värden i kodboken. Lägg till en kolumn med rubriken ${variable.name} till höger.`,
      ),
    );
  }

  layout(): KodbokLayout {
    const header = this.sheet.rows[this.headerRow - 1] ?? [];
    let last = 0;
    header.forEach((cell, i) => {
      if (cellText(cell) !== '') last = i + 1;
    });
    const lastIsRole = foldCase(cellText(header[last - 1])) === foldCase(ROLE_HEADER);
    return {
      sheet: this.sheet.name,
      headerRow: this.headerRow,
      variableRows: this.variableRows,
      nextVariableRow: this.lastRow,
      listColumns: this.usedListColumns,
      valueRows: this.valueRows,
      nextListColumn: Math.max(FIRST_LIST_COLUMN, last + (lastIsRole ? 1 : 2)),
    };
  }

  private at(row: number, column: number): CellValue {
    return valueAt(this.sheet, row, column);
  }

  private report(row: number, column: number, finding: ReturnType<typeof error>): void {
    this.problems.push({ sheet: this.sheet.name, cell: a1(row, column), ...finding });
  }
}
