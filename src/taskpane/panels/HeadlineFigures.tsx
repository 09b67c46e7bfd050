import type { HeadlineTable } from '../../app/headlineFigures';
import { FiguresTable } from './FiguresTable';

/** The result sheet's headline figures per unit, as the sheet shows them (masked the same way). */
export function HeadlineFigures({ table, label }: { table: HeadlineTable; label: string }) {
  return <FiguresTable headers={table.headers} rows={table.rows} label={label} className="headline" />;
}
