import type { GroupedVerticalBarChartData } from '@fluentui/react-charts';

/** A stand-in for the chart under jsdom: the title and each bar as text, so a test can read what is drawn. */
export function GroupedVerticalBarChart({
  data,
  chartTitle,
}: {
  data: GroupedVerticalBarChartData[];
  chartTitle?: string;
}) {
  return (
    <ul aria-label={chartTitle}>
      {data.map((group) => (
        <li key={group.name}>
          {group.name}: {group.series.map((s) => `${s.legend} ${s.data}`).join('; ')}
        </li>
      ))}
    </ul>
  );
}
