import type { ReactNode } from 'react';
import { ChartFrame } from '../../../components/ui/chart-frame';
import { YearRowsChart } from '../../../components/ui/year-rows-chart';
import { useMessages } from '../../../lib/i18n';
import { useCommunication } from '../hooks/use-communication';
import { useNarrow } from '../../../lib/use-narrow';
import { formatMetric } from '../utils/present-platforms';
import { platformChartData, platformYearsTable, type PlatformYears } from '../utils/years-view';
import { socialYearMessages } from '../year-messages';


/** The chosen metric per platform in every year, one bar per year per platform; the table gives every value. */
export function PlatformsYears({ model, toolbar }: { model: PlatformYears; toolbar: ReactNode }) {
  const y = useMessages(socialYearMessages);
  const { t, locale, source, orgName } = useCommunication();
  const narrow = useNarrow();
  const format = (v: number) => formatMetric(v, model.metric, t, locale);
  const [from, to] = [model.years[0]!, model.years.at(-1)!];
  const top = model.rows.find((r) => r.values[to] != null);
  const title = top ? y.platformsTitle(orgName(model.organization), t.metric[model.metric], String(from), String(to), top.label, format(top.values[to]!)) : t.noData;
  const bars = model.rows.length * model.years.length;
  return (
    <ChartFrame title={title} summary={y.platformsSummary(model.years.join(', '))} source={source(model.facts)} table={platformYearsTable(model, t.platform, t.notGiven)}
      height={{ wide: Math.max(320, bars * 18 + 80), narrow: Math.max(360, bars * 20 + 100) }} toolbar={toolbar}>
      <YearRowsChart data={platformChartData(model)} rows={model.rows} years={model.years} format={format} narrow={narrow} locale={locale} />
    </ChartFrame>
  );
}
