import { useMemo } from 'react';
import { KpiTile } from '../../../components/ui/kpi-tile';
import { YearsTable } from '../../../components/ui/years-table';
import { buildYearTable } from '../../../data/years';
import { useMessages } from '../../../lib/i18n';
import { useMembers } from '../hooks/use-members';
import { membersMessages } from '../messages';
import { buildTotals, TOTAL_METRICS } from '../utils/build-totals';
import { PanelEmpty } from './panel-empty';

const TOTAL_SERIES = TOTAL_METRICS.map((metric) => ({ metric }));

/** Member firms, employees, new members and cancellations of the year, as tiles. */
export function TotalsPanel() {
  const t = useMessages(membersMessages);
  const { scope, all, sources, locale, filters } = useMembers();
  const tiles = useMemo(() => buildTotals(scope, all, sources, locale), [scope, all, sources, locale]);
  const years = useMemo(() => buildYearTable(all, filters, TOTAL_SERIES, locale), [all, filters, locale]);
  if (tiles.length === 0 || scope.year === null) return <PanelEmpty heading={t.totals.panel} />;
  return (
    <section aria-labelledby="members-totals" className="tile-group">
      <h2 id="members-totals">{t.totals.heading(String(scope.year))}</h2>
      <div className="tiles members-tiles">
        {tiles.map((tile) => (
          <KpiTile key={tile.id} tile={tile} />
        ))}
      </div>
      {years && <YearsTable table={years} subject={t.totals.panel} />}
    </section>
  );
}
