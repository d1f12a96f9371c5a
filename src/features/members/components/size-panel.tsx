import { lazyChart } from '../../../components/ui/lazy-chart';
import { ChartFrame } from '../../../components/ui/chart-frame';
import type { TableModel } from '../../../components/ui/table-model';
import { formatPercent, formatValue } from '../../../lib/format';
import { useMessages } from '../../../lib/i18n';
import { useMembers } from '../hooks/use-members';
import { useNarrow } from '../../../lib/use-narrow';
import { membersMessages } from '../messages';
import type { SizeClassRow } from '../utils/build-size-classes';
import { PanelEmpty } from '../../../components/connected/panel-empty';
import { useSourceText } from './use-source-text';

const SizeChart = lazyChart(() => import('./size-chart'));

/** Firms and employees per size class, as shares of all members, side by side. */
export function SizePanel() {
  const t = useMessages(membersMessages).size;
  const { size, sources, locale, members } = useMembers();
  const narrow = useNarrow();
  const source = useSourceText(size?.rows.flatMap((r) => r.facts) ?? [], sources);
  if (!size) return <PanelEmpty title={t.panel} facts={members} />;

  const pct = (v: number | null) => (v === null ? '—' : formatPercent(v, locale, 1));
  const most = (k: 'firmsShare' | 'employeesShare') => [...size.rows].sort((a, b) => (b[k] ?? -1) - (a[k] ?? -1))[0]!;
  const leaders = [...new Set([most('firmsShare'), most('employeesShare')])];
  const title = leaders.map((r) => t.clause(r.label, pct(r.firmsShare), pct(r.employeesShare))).join('; ');
  const rowText = (r: SizeClassRow) =>
    t.row(r.label, r.firms === null ? '—' : formatValue(r.firms, 'firms', locale), pct(r.firmsShare), r.employees === null ? '—' : formatValue(r.employees, 'employees', locale), pct(r.employeesShare));
  const summary = t.summary(size.rows.map(rowText).join('; ')) + t.gaps + (size.totalsFrom === 'sum' ? t.sumNote : '');
  const table: TableModel = {
    columns: [
      { key: 'cls', label: t.cls },
      { key: 'firms', label: t.firms, unit: 'number' },
      { key: 'firmsShare', label: t.firmsShare, unit: 'percent' },
      { key: 'employees', label: t.employees, unit: 'number' },
      { key: 'employeesShare', label: t.employeesShare, unit: 'percent' },
      { key: 'perFirm', label: t.perFirm, unit: 'number' },
    ],
    rows: size.rows.map((r) => ({ cls: r.label, firms: r.firms, firmsShare: r.firmsShare, employees: r.employees, employeesShare: r.employeesShare, perFirm: r.perFirm })),
  };
  const labels = new Map(size.rows.map((r) => [r.key, r.label]));

  return (
    <ChartFrame title={title} summary={summary} source={source} table={table} height={{ wide: 340, narrow: 360 }}>
      <SizeChart rows={size.rows} labels={labels} narrow={narrow} locale={locale} names={{ firmsShare: t.firmsShare, employeesShare: t.employeesShare }} />
    </ChartFrame>
  );
}
