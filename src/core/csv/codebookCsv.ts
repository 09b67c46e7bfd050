import Papa from 'papaparse';
import { refuse } from '../refusals';
import { CSV_ESCAPE, parseCsv, unescapeCsvValue } from './csvText';
import { codebookSheetPlan } from '../plan/codebookSheet';
import { planValues } from '../plan/planValues';
import { readCodebookSheet } from '../read/readCodebook';
import { checkLabel, checkVariableName } from '../read/codebookNames';
import { builtInByName, DEFAULT_CODEBOOK, normaliseName } from '../codebook/defaultCodebook';
import { ROLE_NAMES, roleFromName } from '../codebook/roles';
import { parseRequirement, parseTypeName, typeName } from '../codebook/typeNames';
import {
  isListVariable,
  REQUIREMENT_NAMES,
  teamKey,
  type Codebook,
  type ValueOption,
  type Variable,
  type VariableGroup,
} from '../codebook/types';

/**
 * The codebook as a file a trainer prepares once and every municipality starts from: one row per value of
 * each variable (one row for a variable without values), with these columns.
 */
export const CODEBOOK_CSV_COLUMNS = [
  'variabel',
  'grupp',
  'typ',
  'obligatorisk',
  'värde',
  'roll',
  'beskrivning',
] as const;
type Column = (typeof CODEBOOK_CSV_COLUMNS)[number];

export function codebookToCsv(codebook: Codebook): string {
  const rows = codebook.variables.flatMap((v) => {
    const base = {
      variabel: v.name,
      grupp: v.group ?? '',
      typ: typeName(v),
      obligatorisk: REQUIREMENT_NAMES[v.requirement],
      beskrivning: v.description,
    };
    const values = v.values.length > 0 ? v.values : [null];
    return values.map((o) => ({ ...base, värde: o?.label ?? '', roll: o?.role ? ROLE_NAMES[o.role] : '' }));
  });
  // A BOM, so that Excel opens the file as UTF-8; ';' as Swedish Excel writes CSV.
  // A label learned from a CSV may begin like a formula: escaped, so no spreadsheet runs it.
  const csv = Papa.unparse(
    { fields: [...CODEBOOK_CSV_COLUMNS], data: rows.map((r) => CODEBOOK_CSV_COLUMNS.map((c) => r[c])) },
    { delimiter: ';', newline: '\r\n', escapeFormulae: CSV_ESCAPE },
  );
  return `\uFEFF${csv}\r\n`;
}

/** Reads a codebook file; refuses it with one Swedish line naming the line where it is wrong. */
export function codebookFromCsv(csvText: string): Codebook {
  const parsed = parseCsv(csvText);
  if (parsed.unclosedQuoteLine !== null)
    throw refuse.codebookFile({
      line: parsed.unclosedQuoteLine,
      message:
        'ett citattecken (") stängs aldrig, så resten av filen skulle bli ett enda värde. Rätta raden och försök igen.',
    });
  const [header, ...rawBody] = parsed.records;
  // A value the tool escaped when it wrote the file (see codebookToCsv) reads back as it was.
  const body = rawBody.map((record) => record.map(unescapeCsvValue));
  const index = new Map((header ?? []).map((h, i) => [h.trim().toLowerCase(), i]));
  const missing = CODEBOOK_CSV_COLUMNS.filter((c) => c !== 'beskrivning' && !index.has(c));
  if (missing.length > 0) {
    throw refuse.codebookFile({
      line: 1,
      message: `kolumnerna ${missing.join(', ')} saknas (${CODEBOOK_CSV_COLUMNS.join(';')}).`,
    });
  }
  const variables: Variable[] = [];
  body.forEach((record, i) => {
    const line = i + 2;
    const field = (c: Column) => (record[index.get(c) ?? -1] ?? '').trim();
    const fail = (message: string): never => {
      throw refuse.codebookFile({ line, message });
    };
    const name = field('variabel');
    if (name === '') fail('variabeln saknar namn.');
    const last = variables[variables.length - 1];
    const variable =
      last && normaliseName(last.name) === normaliseName(name) ? last : newVariable(name, field, fail);
    if (variable !== last) {
      if (variables.some((v) => v.key === variable.key)) fail(`${name} står redan tidigare i filen.`);
      variables.push(variable);
    }
    const label = (record[index.get('värde') ?? -1] ?? '').trim();
    if (label === '') return;
    if (!isListVariable(variable)) fail(`${name} är ingen lista och kan inte ha värdet "${label}".`);
    const labelProblem = checkLabel(label, name, undefined);
    if (labelProblem) fail(labelProblem.message);
    const roleText = field('roll');
    const role = roleText === '' ? null : roleFromName(roleText);
    if (roleText !== '' && !role) fail(`"${roleText}" är ingen roll.`);
    const values: ValueOption[] = [...variable.values, { label, role }];
    variables[variables.length - 1] = { ...variable, values };
  });
  const codebook = withBuiltIns(variables);
  const first = readCodebookSheet({ sheets: [planValues(codebookSheetPlan(codebook))] }).problems.find(
    (p) => p.severity === 'error',
  );
  if (first) throw refuse.codebookFile({ line: null, message: first.message });
  return codebook;
}

const GROUPS: readonly VariableGroup[] = ['Bakgrund', 'Process', 'Resultat'];

function newVariable(name: string, field: (c: Column) => string, fail: (m: string) => never): Variable {
  const requirementText = field('obligatorisk');
  const requirement = requirementText === '' ? null : parseRequirement(requirementText);
  if (requirementText !== '' && !requirement)
    fail(`"${requirementText}" går inte att läsa som obligatorisk (ja/nej).`);
  const description = field('beskrivning');
  const builtIn = builtInByName(name);
  if (builtIn) {
    return {
      ...builtIn,
      values: [],
      description: description || builtIn.description,
      requirement: requirement ?? builtIn.requirement,
    };
  }
  const nameProblem = checkVariableName(name);
  if (nameProblem) fail(nameProblem.message);
  const type = parseTypeName(field('typ'));
  if (!type)
    fail(`typen "${field('typ')}" går inte att läsa (lista, ordnad lista, heltal, tal, datum, fritext).`);
  const group = field('grupp').toLowerCase();
  return {
    key: teamKey(name),
    name,
    group: GROUPS.find((g) => g?.toLowerCase() === group) ?? null,
    description,
    type: type?.type ?? 'text',
    ...(type?.bounds ? { bounds: type.bounds } : {}),
    requirement: requirement ?? 'optional',
    values: [],
    learnsValues: true,
    width: Math.min(30, Math.max(12, name.length + 2)),
  };
}

/** A built-in list left without values in the file keeps its defaults; a built-in left out is added. */
function withBuiltIns(variables: readonly Variable[]): Codebook {
  const filled = variables.map((v) => {
    const builtIn = builtInByName(v.name);
    return builtIn && isListVariable(v) && v.values.length === 0 ? { ...v, values: builtIn.values } : v;
  });
  const present = new Set(filled.map((v) => v.key));
  const missing = DEFAULT_CODEBOOK.variables.filter((v) => !present.has(v.key));
  return { variables: [...filled, ...missing] };
}
