import { lazyChart } from '../../../components/ui/lazy-chart';
import { ChartFrame } from '../../../components/ui/chart-frame';
import type { TableModel } from '../../../components/ui/table-model';
import { formatNumber, formatSignedNumber, formatValue } from '../../../lib/format';
import { useMessages } from '../../../lib/i18n';
import { useMembers } from '../hooks/use-members';
import { useNarrow } from '../../../lib/use-narrow';
import { membersMessages } from '../messages';
import { dimensionLabel } from '../utils/select-members';
import { PanelEmpty } from '../../../components/connected/panel-empty';
import { useSourceText } from './use-source-text';

const MovementChart = lazyChart(() => import('./movement-chart'));

/** The year's movement as a waterfall: new members up, cancellations by reason down, the net change. */
export function MovementPanel() {
  const t = useMessages(membersMessages).movement;
  const { movement, dims, sources, locale, members } = useMembers();
  const narrow = useNarrow();
  const source = useSourceText(movement?.steps.flatMap((s) => s.facts) ?? [], sources);
  if (!movement) return <PanelEmpty title={t.panel} facts={members} />;

  const firms = (v: number) => formatValue(Math.abs(v), 'firms', locale);
  const title = t.title(String(movement.year), firms(movement.net), formatNumber(movement.newFirms, locale), formatNumber(movement.cancelledFirms, locale), movement.net >= 0);
  const outs = movement.steps
    .filter((s) => s.kind === 'decrease')
    .map((s) => `${(s.facts[0]?.dimensions?.reason ? dimensionLabel(dims, 'reason', s.facts[0].dimensions.reason, locale) : s.label).toLowerCase()}: ${formatNumber(-s.value, locale)}`);
  const emp = movement.employees;
  const summary =
    t.summary(firms(movement.newFirms), formatNumber(movement.cancelledFirms, locale), outs.join(', '), formatSignedNumber(movement.net, locale)) +
    (emp.new !== undefined && emp.cancelled !== undefined && emp.net !== undefined
      ? t.employees(formatNumber(emp.new, locale), formatNumber(emp.cancelled, locale), formatSignedNumber(emp.net, locale))
      : '') +
    t.noStock;
  const table: TableModel = {
    columns: [
      { key: 'step', label: t.step },
      { key: 'change', label: t.change, unit: 'number' },
      { key: 'from', label: t.from, unit: 'number' },
      { key: 'to', label: t.to, unit: 'number' },
      { key: 'derived', label: t.derived },
    ],
    rows: movement.steps.map((s) => ({ step: s.label, change: s.value, from: s.start, to: s.end, derived: s.derived ? t.yes : t.no })),
  };
  const labels = new Map(movement.steps.map((s) => [s.key, s.label]));

  return (
    <ChartFrame title={title} summary={summary} source={source} table={table} height={{ wide: 260, narrow: 300 }}>
      <MovementChart steps={movement.steps} labels={labels} narrow={narrow} locale={locale} />
    </ChartFrame>
  );
}
