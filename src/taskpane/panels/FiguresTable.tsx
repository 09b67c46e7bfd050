import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';

/** A table of figures as text, as the result sheet shows them: the headline figures and each breakdown. */
export function FiguresTable({
  headers,
  rows,
  label,
  className,
}: {
  headers: readonly string[];
  rows: readonly (readonly string[])[];
  label: string;
  className: string;
}) {
  return (
    <Table size="small" aria-label={label} className={className}>
      <TableHeader>
        <TableRow>
          {headers.map((header, i) => (
            <TableHeaderCell key={i}>{header}</TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row, r) => (
          <TableRow key={r}>
            {row.map((cell, i) => (
              <TableCell key={i}>{cell}</TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
