import { GroupedVerticalBarChart, type GroupedVerticalBarChartData } from '@fluentui/react-charts';
import type { ResultTable } from '../../app/resultTables';

/**
 * The result sheet's charts: positive change and dropout per group of each breakdown, with the same
 * titles and colours. A hidden value is left out of its group (a gap), never drawn as zero. This module
 * is loaded only when the results are shown (React.lazy), so the pages' first script stays small.
 */
export default function ResultCharts({
  tables,
  width,
  allHidden,
}: {
  tables: readonly ResultTable[];
  width: number;
  /** Said in place of a chart whose every value is hidden. */
  allHidden: string;
}) {
  return (
    <>
      {tables.flatMap((table) => {
        const chart = table.chart;
        if (!chart) return [];
        const data: GroupedVerticalBarChartData[] = chart.groups.map((group, g) => ({
          name: group,
          series: chart.series.flatMap((s) => {
            const value = s.values[g];
            return value === null || value === undefined
              ? []
              : [
                  {
                    key: `${s.name}-${g}`,
                    data: Math.round(value * 100),
                    color: s.color,
                    legend: s.name,
                    yAxisCalloutData: `${Math.round(value * 100)} %`,
                  },
                ];
          }),
        }));
        const title = chart.title;
        const drawn = data.some((group) => group.series.length > 0);
        return [
          <figure key={table.id} className="chart" aria-label={title}>
            <figcaption className="subheading">{title}</figcaption>
            {!drawn && <p>{allHidden}</p>}
            {drawn && (
              <GroupedVerticalBarChart
                data={data}
                width={width}
                height={260}
                yMaxValue={100}
                chartTitle={title}
                yAxisTickFormat={(v: number) => `${v} %`}
                hideLegend={false}
              />
            )}
          </figure>,
        ];
      })}
    </>
  );
}
