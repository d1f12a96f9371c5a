import { useId } from 'react';
import { lazyChart } from '../../../components/ui/lazy-chart';
import { ChartFrame } from '../../../components/ui/chart-frame';
import { formatDate, formatNumber, formatPercent } from '../../../lib/format';
import { useMessages } from '../../../lib/i18n';
import { useScorecard } from '../hooks/use-scorecard';
import { useNarrow } from '../../../lib/use-narrow';
import { scorecardMessages } from '../messages';
import { staffTable } from '../utils/staff';

const StaffChart = lazyChart(() => import('./staff-chart'));

/** Established and filled posts per staff category, with the document's totals in the title. */
export function StaffPanel() {
  const t = useMessages(scorecardMessages);
  const { staff, indicators, sources, locale, isLoading } = useScorecard();
  const narrow = useNarrow();
  const headingId = useId();
  if (isLoading) return null;
  if (!staff) {
    if (indicators.length === 0) return null;
    return (
      <section className="sc-panel" aria-labelledby={headingId}>
        <h2 id={headingId}>{t.staffTitle}</h2>
        <p>{t.staffEmpty}</p>
      </section>
    );
  }
  const n = (v: number) => formatNumber(v, locale);
  const date = staff.asOf ? formatDate(staff.asOf, locale) : String(staff.year);
  const title = t.staffFinding(date, n(staff.filled), n(staff.posts), staff.posts ? formatPercent((staff.filled / staff.posts) * 100, locale, 1) : '—');
  const summary = [
    staff.mostVacant && staff.mostVacant.vacant > 0 ? t.staffSummary(staff.mostVacant.label, n(staff.mostVacant.vacant)) : '',
    staff.sumsMatch ? t.staffSumOk : t.staffSumOff(n(staff.rows.reduce((a, r) => a + r.posts, 0)), n(staff.rows.reduce((a, r) => a + r.filled, 0))),
  ].filter(Boolean).join(' ');
  const table = staffTable(staff, { category: t.category, posts: t.posts, filled: t.filled, vacant: t.vacant, total: t.total });
  const source = t.source(sources.get(staff.sourceId)?.title ?? staff.sourceId, staff.section);
  return (
    <ChartFrame title={title} summary={summary} source={source} table={table} height={{ wide: 70 + staff.rows.length * 50, narrow: 94 + staff.rows.length * 56 }}>
      <StaffChart rows={staff.rows} narrow={narrow} locale={locale} names={{ posts: t.posts, filled: t.filled }} />
    </ChartFrame>
  );
}
