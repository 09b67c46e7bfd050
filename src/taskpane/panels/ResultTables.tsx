import type { ResultTable } from '../../app/resultTables';
import { FiguresTable } from './FiguresTable';

/**
 * Every breakdown of the result sheet as a table, with the sheet's figures, masks and rounding. A table
 * wider than the pane scrolls inside its own box, so the page never scrolls sideways.
 */
export function ResultTables({ tables }: { tables: readonly ResultTable[] }) {
  return (
    <>
      {tables.map((table) => (
        <section key={table.id} className="breakdown" aria-label={table.title}>
          <h3 className="subheading">{table.title}</h3>
          <div className="table-scroll" tabIndex={0}>
            <FiguresTable
              headers={table.headers}
              rows={table.rows}
              label={table.title}
              className="results-table"
            />
          </div>
        </section>
      ))}
    </>
  );
}
