import type { HeadlineTable } from '../../app/headlineFigures';
import { FiguresTable } from './FiguresTable';

/** The result sheet's headline figures per unit, as the sheet shows them (masked the same way). */
export function HeadlineFigures({ table, label }: { table: HeadlineTable; label: string }) {
  // A table wider than the pane scrolls in its own box; its words never break.
  return (
    <div className="table-scroll" tabIndex={0}>
      <FiguresTable headers={table.headers} rows={table.rows} label={label} className="headline" />
    </div>
  );
}
