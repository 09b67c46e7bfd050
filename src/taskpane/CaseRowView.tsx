import type { CaseField } from '../app/caseList';
import type { A1 } from '../core/address';

/** A whole case row beside a problem, the problem's cell marked, so the row can be judged without the sheet. */
export function CaseRowView({
  fields,
  marked,
  label,
}: {
  fields: readonly CaseField[];
  marked: A1;
  label: string;
}) {
  return (
    <dl className="case-row" aria-label={label}>
      {fields.map((field) => (
        <div key={field.cell} className={field.cell === marked ? 'marked' : undefined}>
          <dt>{field.header}</dt>
          <dd>{field.cell === marked ? <mark>{field.shown || '(tom)'}</mark> : field.shown}</dd>
        </div>
      ))}
    </dl>
  );
}
