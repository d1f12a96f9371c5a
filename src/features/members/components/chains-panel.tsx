import { lazyChart } from '../../../components/ui/lazy-chart';
import { ChartFrame } from '../../../components/ui/chart-frame';
import { DataTable } from '../../../components/ui/data-table';
import type { TableModel } from '../../../components/ui/table-model';
import { formatNumber } from '../../../lib/format';
import { useMessages } from '../../../lib/i18n';
import { useMembers } from '../hooks/use-members';
import { useNarrow } from '../../../lib/use-narrow';
import { membersMessages } from '../messages';
import { PanelEmpty } from '../../../components/connected/panel-empty';
import { useSourceText } from './use-source-text';

const ChainsChart = lazyChart(() => import('./chains-chart'));

/** Firms enrolled per supply chain: a bar chart and its table, with the computed sum (the source states no total). */
export function ChainsPanel() {
  const t = useMessages(membersMessages).chains;
  const { chains, sources, locale, members } = useMembers();
  const narrow = useNarrow();
  const source = useSourceText(chains?.rows.map((r) => r.fact) ?? [], sources);
  if (!chains) return <PanelEmpty title={t.panel} facts={members} />;

  const first = chains.rows[0]!;
  const title = t.title(first.label, formatNumber(first.firms, locale));
  const summary = t.summary(String(chains.rows.length), formatNumber(chains.sum, locale));
  const table: TableModel = {
    columns: [
      { key: 'chain', label: t.chain },
      { key: 'firms', label: t.firms, unit: 'number' },
    ],
    rows: chains.rows.map((r) => ({ chain: r.label, firms: r.firms })),
  };
  const withSum: TableModel = { ...table, rows: [...table.rows, { chain: t.sum, firms: chains.sum }] };
  const labels = new Map(chains.rows.map((r) => [r.key, r.label]));

  return (
    <div className="members-chains">
      <ChartFrame title={title} summary={summary} source={source} table={table} height={{ wide: 280, narrow: 320 }}>
        <ChainsChart rows={chains.rows} labels={labels} narrow={narrow} locale={locale} firmsLabel={t.firms} />
      </ChartFrame>
      <div className="members-chains-table">
        <DataTable table={withSum} caption={t.table} />
      </div>
    </div>
  );
}
