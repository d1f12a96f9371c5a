import { useMemo } from 'react';
import { lazyChart } from '../../../components/ui/lazy-chart';
import { ChartFrame } from '../../../components/ui/chart-frame';
import { useFiltersStore } from '../../../store/filters-store';
import { useCommunication } from '../hooks/use-communication';
import { PLATFORM_PARAM, parsePlatformMetric, platformMetricParam } from '../utils/params';
import { buildPlatformComparison, PLATFORM_METRICS, type PlatformMetric } from '../utils/platforms';
import { presentPlatforms } from '../utils/present-platforms';
import { barRowsHeight } from './bar-rows-height';
import { MetricSwitch } from './metric-switch';
import { PanelEmpty } from './panel-empty';

const BarRows = lazyChart(() => import('./bar-rows'));

/** Views, interactions, followers and engagement per platform, with the part no platform accounts for. */
export function PlatformsPanel() {
  const { t, locale, visible, labels, orgName, source, viewEmpty } = useCommunication();
  const raw = useFiltersStore((s) => s.extra[PLATFORM_PARAM]);
  const setExtra = useFiltersStore((s) => s.setExtra);
  const { value: metric, rejected } = parsePlatformMetric(raw);
  const model = useMemo(() => buildPlatformComparison(visible, labels), [visible, labels]);
  if (viewEmpty) return null;
  if (!model) return <PanelEmpty title={t.platformsPanel} />;
  const view = presentPlatforms(model, metric, orgName(model.organization), t, locale);
  const options = PLATFORM_METRICS.map((m) => ({ value: m, label: t.metric[m] }));
  const toolbar = (
    <MetricSwitch<PlatformMetric> label={t.switchLabel} options={options} value={metric} onChange={(m) => setExtra(PLATFORM_PARAM, platformMetricParam(m))} />
  );
  return (
    <>
      {rejected && <p className="social-note" role="status">{t.rejected(rejected, t.metric[metric])}</p>}
      <ChartFrame title={view.title} summary={view.summary} source={source(model.facts)} table={view.table} height={barRowsHeight(view.rows.length)} toolbar={toolbar}>
        <BarRows rows={view.rows} />
      </ChartFrame>
    </>
  );
}
