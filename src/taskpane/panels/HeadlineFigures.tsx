import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { HeadlineTable } from '../../app/headlineFigures';

/** The result sheet's headline figures per unit, as the sheet shows them (masked the same way). */
export function HeadlineFigures({ table, label }: { table: HeadlineTable; label: string }) {
  return (
    <Table size="small" aria-label={label} className="headline">
      <TableHeader>
        <TableRow>
          {table.headers.map((header, i) => (
            <TableHeaderCell key={i}>{header}</TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {table.rows.map((row) => (
          <TableRow key={row[0]}>
            {row.map((cell, i) => (
              <TableCell key={i}>{cell}</TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
