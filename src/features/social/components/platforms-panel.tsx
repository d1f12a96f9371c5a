import { useMemo } from 'react';
import { lazyChart } from '../../../components/ui/lazy-chart';
import { ChartFrame } from '../../../components/ui/chart-frame';
import { useFiltersStore } from '../../../store/filters-store';
import { useCommunication } from '../hooks/use-communication';
import { COMPARE_PARAM } from '../../../lib/year-choice-params';
import { compareParam, parseCompare, type CompareMode } from '../../../lib/year-choices';
import { PLATFORM_PARAM } from '../url-params';
import { parsePlatformMetric, platformMetricParam } from '../utils/params';
import { buildPlatformYears } from '../utils/years-view';
import { useMessages } from '../../../lib/i18n';
import { socialYearMessages } from '../year-messages';
import { PlatformsYears } from './platforms-years';
import { PLATFORM_METRICS, type PlatformMetric } from '../utils/platforms';
import { presentPlatforms } from '../utils/present-platforms';
import { barRowsHeight } from './bar-rows-height';
import { MetricSwitch } from './metric-switch';
import { PanelEmpty } from '../../../components/connected/panel-empty';

const BarRows = lazyChart(() => import('./bar-rows'));

/** Views, interactions, followers and engagement per platform, with the part no platform accounts for. */
export function PlatformsPanel() {
  const { t, locale, all, filters, labels, orgName, source, viewEmpty, platforms: model } = useCommunication();
  const y = useMessages(socialYearMessages);
  const compare = parseCompare(useFiltersStore((s) => s.extra[COMPARE_PARAM]));
  const raw = useFiltersStore((s) => s.extra[PLATFORM_PARAM]);
  const setExtra = useFiltersStore((s) => s.setExtra);
  const { value: metric, rejected } = parsePlatformMetric(raw);
  const years = useMemo(() => buildPlatformYears(all, filters, labels, parsePlatformMetric(raw).value), [all, filters, labels, raw]);
  if (viewEmpty) return null;
  if (!model) return <PanelEmpty title={t.platformsPanel} facts={all} />;
  const view = presentPlatforms(model, metric, orgName(model.organization), t, locale);
  const options = PLATFORM_METRICS.map((m) => ({ value: m, label: t.metric[m] }));
  // With several years, a switch to the year-on-year view of the chart (one year only: no switch).
  const modes = (['year', 'years'] as const).map((m) => ({ value: m, label: y.modes[m] }));
  const toolbar = (
    <>
      {years && <MetricSwitch<CompareMode> label={y.compare} options={modes} value={compare} onChange={(m) => setExtra(COMPARE_PARAM, compareParam(m))} />}
      <MetricSwitch<PlatformMetric> label={t.switchLabel} options={options} value={metric} onChange={(m) => setExtra(PLATFORM_PARAM, platformMetricParam(m))} />
    </>
  );
  return (
    <>
      {rejected && <p className="social-note" role="status">{t.rejected(rejected, t.metric[metric])}</p>}
      {years && compare === 'years' ? (
        <PlatformsYears model={years} toolbar={toolbar} />
      ) : (
        <ChartFrame title={view.title} summary={view.summary} details={view.details} source={source(model.facts)} table={view.table} height={barRowsHeight(view.rows.length)} toolbar={toolbar}>
          <BarRows rows={view.rows} />
        </ChartFrame>
      )}
    </>
  );
}
