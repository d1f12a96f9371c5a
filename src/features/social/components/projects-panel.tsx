import { useMemo } from 'react';
import { lazyChart } from '../../../components/ui/lazy-chart';
import { ChartFrame } from '../../../components/ui/chart-frame';
import { useThemeColours } from '../../../lib/colours';
import { useFiltersStore } from '../../../store/filters-store';
import { useCommunication } from '../hooks/use-communication';
import { RANKING_PARAM } from '../url-params';
import { parseRankingMeasure, rankingMeasureParam } from '../utils/params';
import { measureName, presentRanking } from '../utils/present-projects';
import { buildProjectRanking } from '../utils/projects';
import { barRowsHeight } from './bar-rows-height';
import { MetricSwitch } from './metric-switch';
import { PanelEmpty } from '../../../components/connected/panel-empty';

const BarRows = lazyChart(() => import('./bar-rows'));

/** Every project and event ranked by the chosen measure; the split by channel is in the table. */
export function ProjectsPanel() {
  const { t, locale, all, visible, labels, source, viewEmpty, measures } = useCommunication();
  const colours = useThemeColours();
  const raw = useFiltersStore((s) => s.extra[RANKING_PARAM]);
  const setExtra = useFiltersStore((s) => s.setExtra);
  const parsed = useMemo(() => parseRankingMeasure(raw, measures), [raw, measures]);
  const measure = parsed.value;
  const rejected = parsed.rejected;
  const ranking = useMemo(() => (parsed.value ? buildProjectRanking(visible, parsed.value, labels, locale) : null), [visible, parsed.value, labels, locale]);
  if (viewEmpty) return null;
  if (!ranking || !measure) return <PanelEmpty title={t.projectsPanel} facts={all} />;
  const view = presentRanking(ranking, t, labels, locale);
  const facts = visible.filter((f) => f.metric === `project.${measure}`);
  const toolbar = (
    <MetricSwitch label={t.measureLabel} options={measures.map((m) => ({ value: m, label: measureName(m, t) }))} value={measure}
      onChange={(m) => setExtra(RANKING_PARAM, rankingMeasureParam(m, measures))} />
  );
  return (
    <>
      {rejected && <p className="social-note" role="status">{t.rejected(rejected, measureName(measure, t))}</p>}
      <ChartFrame title={view.title} summary={view.summary} details={view.details} source={source(facts)} table={view.table} height={barRowsHeight(view.rows.length)} toolbar={toolbar}>
        <BarRows rows={view.rows} colour={colours.series[3]} />
      </ChartFrame>
    </>
  );
}
