import { type CellValue, text } from '../../src/core/cell';
import { DEFAULT_CODEBOOK } from '../../src/core/codebook/defaultCodebook';
import type { Codebook } from '../../src/core/codebook/types';
import type { CaseTable } from '../../src/core/table/caseTable';
import { locateCaseTable } from '../../src/core/table/locateCaseTable';
import type { WorkbookValues } from '../../src/core/table/workbookValues';

/** Workbook values with the case table `Arenden` at A2, as a new follow-up has it. */
export function workbookWithRows(
  rows: readonly (readonly CellValue[])[],
  codebook: Codebook = DEFAULT_CODEBOOK,
): WorkbookValues {
  const header = codebook.variables.map((v) => text(v.name));
  return {
    sheets: [
      {
        name: 'Ärenden',
        rows: [[], header, ...rows],
        tables: [
          {
            name: 'Arenden',
            range: { top: 2, left: 1, bottom: 2 + Math.max(rows.length, 1), right: header.length },
          },
        ],
      },
    ],
  };
}

export function tableOf(
  rows: readonly (readonly CellValue[])[],
  codebook: Codebook = DEFAULT_CODEBOOK,
): CaseTable {
  const table = locateCaseTable(workbookWithRows(rows, codebook), codebook);
  if (!table) throw new Error('no table');
  return table;
}
