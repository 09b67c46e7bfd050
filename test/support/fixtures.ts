import ExcelJS from 'exceljs';
import { FollowUpActions } from '../../src/app/followUpActions';
import { serialFromYmd } from '../../src/core/dates';
import type { PackageWriteOptions } from '../../src/xlsx/package/packagePort';
import { packagePortOf } from './packagePorts';
import { text, num } from '../../src/core/cell';
import { DEFAULT_CODEBOOK } from '../../src/core/codebook/defaultCodebook';
import {
  teamKey,
  type Codebook,
  type ValueOption,
  type Variable,
  type VariableKey,
} from '../../src/core/codebook/types';
import { HOMES } from './teamCsv';
import { EXAMPLE_SETTINGS, exampleCaseRows } from '../../src/core/example/generate';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import type { NewWorkbookInput } from './exceljs/followUpWorkbook';
import { caseRow, date, messyRows, validCase } from './caseRows';

export interface Fixture {
  readonly name: string;
  readonly input: NewWorkbookInput;
}

const withMinCount = (settings: Settings, minCount: number): Settings => ({ ...settings, minCount });

/** A codebook a team has edited: renamed and added labels, including characters COUNTIFS treats specially. */
export function teamCodebook(): Codebook {
  const replace = (key: VariableKey, values: ValueOption[]) => (v: Codebook['variables'][number]) =>
    v.key === key ? { ...v, values } : v;
  const variables = DEFAULT_CODEBOOK.variables
    .map(
      replace('situation', [
        { label: 'Förbättrad', role: 'positive' },
        { label: 'Bättre*', role: 'positive' },
        { label: 'Oförändrad', role: 'unchanged' },
        { label: 'Sämre ~ försämrad', role: 'worse' },
        { label: '<Okänd>', role: 'unknown' },
      ]),
    )
    .map(
      replace('unit', [
        { label: 'Enhet A', role: null },
        { label: 'Enhet ?B', role: null },
      ]),
    );
  return { variables };
}

/** A municipality's own follow-up: a third unit, and variables of its own (a list, a number, a date, a text). */
/** A team's own list, as the tests add it in every way a team can (Kodbok, the tab, a codebook file). */
export function homeVariable(labels: readonly string[] = HOMES): Variable {
  return {
    key: teamKey('Boendesituation'),
    name: 'Boendesituation',
    group: 'Bakgrund',
    description: 'Boende vid aktualisering.',
    type: 'list',
    requirement: 'optional',
    values: labels.map((label) => ({ label, role: null })),
    learnsValues: true,
    width: 16,
  };
}

export function ownVariablesCodebook(): Codebook {
  const own: Variable[] = [
    homeVariable(),
    {
      key: teamKey('Tidigare insatser'),
      name: 'Tidigare insatser',
      group: 'Bakgrund',
      description: 'Antal tidigare insatser.',
      type: 'integer',
      requirement: 'optional',
      values: [],
      bounds: { min: 0, max: 50 },
      width: 12,
    },
    {
      key: teamKey('Datum för uppföljningssamtal'),
      name: 'Datum för uppföljningssamtal',
      group: 'Resultat',
      description: '',
      type: 'date',
      requirement: 'optional',
      values: [],
      width: 13,
    },
  ];
  const variables = DEFAULT_CODEBOOK.variables.map((v) =>
    v.key === 'unit' ? { ...v, values: [...v.values, { label: 'Beroendemottagningen', role: null }] } : v,
  );
  return { variables: [...variables, ...own] };
}

/** A team that codes Kön as numbers, as many case systems export it. */
export function numericCodesCodebook(): Codebook {
  return {
    variables: DEFAULT_CODEBOOK.variables.map((v) =>
      v.key === 'gender'
        ? { ...v, values: ['1', '2', '3'].map((label) => ({ label, role: null })) }
        : v.key === 'severity'
          ? { ...v, values: v.values.map((o, i) => ({ ...o, label: String(i + 1) })) }
          : v,
    ),
  };
}

/** The workbooks the LibreOffice suite recalculates: the example and the edge cases of issue 2. */
export function fixtures(): Fixture[] {
  const team = teamCodebook();
  return [
    { name: 'example', input: { rows: exampleCaseRows(DEFAULT_CODEBOOK), settings: EXAMPLE_SETTINGS } },
    {
      name: 'example-unmasked',
      input: { rows: exampleCaseRows(DEFAULT_CODEBOOK), settings: withMinCount(EXAMPLE_SETTINGS, 0) },
    },
    {
      name: 'example-rounded',
      input: { rows: exampleCaseRows(DEFAULT_CODEBOOK), settings: { ...EXAMPLE_SETTINGS, masking: 'round' } },
    },
    { name: 'empty', input: {} },
    { name: 'one-case', input: { rows: [caseRow(validCase())] } },
    {
      name: 'all-unknown',
      input: {
        rows: [1, 2, 3, 4, 5, 6].map((i) =>
          caseRow(
            validCase({
              caseId: `V-${i}`,
              situation: i % 2 ? 'Okänd' : undefined,
              reactualisation: undefined,
            }),
          ),
        ),
      },
    },
    { name: 'messy', input: { rows: messyRows(240, 7), settings: withMinCount(DEFAULT_SETTINGS, 3) } },
    {
      name: 'messy-rounded',
      input: {
        rows: messyRows(240, 7),
        settings: { ...withMinCount(DEFAULT_SETTINGS, 3), masking: 'round' },
      },
    },
    {
      name: 'extra-columns',
      input: {
        rows: messyRows(40, 5).map((row, i) => [...row, text(i % 3 ? `x${i}` : ''), text('')]),
        extraColumns: ['Egen [kolumn] #1', "Handläggarens 'kod'"],
      },
    },
    {
      name: 'headers-as-typed',
      input: {
        codebook: {
          variables: DEFAULT_CODEBOOK.variables.map((v) =>
            v.key === 'gender'
              ? { ...v, name: 'kön ' }
              : v.key === 'situation'
                ? { ...v, name: v.name.toUpperCase() }
                : v,
          ),
        },
        rows: messyRows(60, 3),
      },
    },
    {
      name: 'team-codebook',
      input: {
        codebook: team,
        rows: [
          ...messyRows(80, 11, team),
          caseRow(validCase({ unit: 'Enhet ?B', situation: 'Bättre*' }), team),
          caseRow(validCase({ unit: 'Enhet XB', situation: 'Bättre!' }), team),
          caseRow(
            validCase({ unit: 'enhet ?b', situation: '<okänd>', actualisedOn: date('2019-05-01') }),
            team,
          ),
          caseRow(validCase({ unit: text('Enhet A'), situation: 'Sämre ~ försämrad' }), team),
        ],
        settings: withMinCount(DEFAULT_SETTINGS, 2),
      },
    },
    {
      name: 'own-variables',
      input: {
        codebook: ownVariablesCodebook(),
        rows: [
          ...messyRows(120, 17, ownVariablesCodebook()),
          caseRow(
            validCase({ unit: 'Beroendemottagningen', [teamKey('Boendesituation')]: 'Hemlös' }),
            ownVariablesCodebook(),
          ),
          caseRow(
            validCase({ unit: 'Ny enhet', [teamKey('Boendesituation')]: 'Husvagn' }),
            ownVariablesCodebook(),
          ),
        ],
        settings: withMinCount(DEFAULT_SETTINGS, 3),
      },
    },
    {
      name: 'numeric-codes',
      input: {
        codebook: numericCodesCodebook(),
        rows: [
          ...messyRows(60, 23, numericCodesCodebook()),
          ...[1, 2, 3, 2, 1, 1].map((g, i) =>
            caseRow(
              validCase({ gender: num(g), severity: i % 2 ? num(3) : '3', age: 20 + i }),
              numericCodesCodebook(),
            ),
          ),
        ],
        settings: withMinCount(DEFAULT_SETTINGS, 0),
      },
    },
  ];
}

/** Writes the result sheet through the same action as every surface; `cachedResults: false` for LibreOffice. */

/**
 * `results` as the command line and the web page run it: the workbook (as exceljs saved it) is opened as
 * a package and the result sheet is written into it. The file's bytes come back, and the exceljs workbook
 * given is loaded anew from them, so a test can look into (or change) the file as another program would.
 */
export async function writeResults(
  workbook: ExcelJS.Workbook,
  options: PackageWriteOptions = { cachedResults: true },
) {
  const port = await packagePortOf(workbook, options);
  const actions = new FollowUpActions(port, () => serialFromYmd(2026, 11, 22));
  const written = await actions.writeResults();
  const bytes = port.pkg.toZip();
  await workbook.xlsx.load(bytes);
  return { ...written, bytes, workbook };
}
