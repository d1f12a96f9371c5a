import { lazyChart } from '../../../components/ui/lazy-chart';
import { ChartFrame } from '../../../components/ui/chart-frame';
import { formatNumber, formatPercent } from '../../../lib/format';
import { useLocale, useMessages } from '../../../lib/i18n';
import { useNarrow } from '../../../lib/use-narrow';
import { scorecardMessages } from '../messages';
import { areaTable, rateExtremes, type AreaCounts, type StatusCounts } from '../utils/status-summary';

const AreaStatusChart = lazyChart(() => import('./area-status-chart'));

/** Outcomes per strategic area: the finding, summary and table right away, the stacked bars as a lazy chart. */
export function AreaStatusFigure({ rows, overall, source }: { rows: AreaCounts[]; overall: StatusCounts; source: string }) {
  const t = useMessages(scorecardMessages);
  const locale = useLocale();
  const narrow = useNarrow();
  const pct = (v: number | null) => (v === null ? '—' : formatPercent(v, locale, 1));
  const ext = rateExtremes(rows);
  const title = !ext
    ? t.rateNone
    : ext.best === ext.worst
      ? t.areaFindingOne(ext.best.name, pct(ext.best.rate))
      : t.areaFinding(ext.best.name, pct(ext.best.rate), ext.worst.name, pct(ext.worst.rate));
  const n = (v: number) => formatNumber(v, locale);
  const details = t.areaSummary(rows.map((r) => t.areaPart(`${r.code} ${r.name}`, n(r.achieved), n(r.not_achieved), n(r.not_stated))).join('; '));
  const table = areaTable(rows, overall, {
    area: t.areaCol, ...t.statusPlural, total: t.indicatorsCol, rate: t.rate, totalRow: t.total,
  });
  const data = rows.map((r) => ({ ...r, label: `${r.code} ${r.name}` }));
  const height = { wide: 70 + rows.length * 52, narrow: 94 + rows.length * 64 };
  return (
    <ChartFrame title={title} summary={t.areaLead} details={details} source={source} table={table} height={height} headingLevel={3}>
      <AreaStatusChart data={data} narrow={narrow} locale={locale} names={t.statusPlural} />
    </ChartFrame>
  );
}
