import { useMemo } from 'react';
import { KpiTile } from '../../../components/ui/kpi-tile';
import { useMessages } from '../../../lib/i18n';
import { useMembers } from '../hooks/use-members';
import { membersMessages } from '../messages';
import { buildTotals } from '../utils/build-totals';
import { PanelEmpty } from './panel-empty';

/** Member firms, employees, new members and cancellations of the year, as tiles. */
export function TotalsPanel() {
  const t = useMessages(membersMessages);
  const { scope, all, sources, locale } = useMembers();
  const tiles = useMemo(() => buildTotals(scope, all, sources, locale), [scope, all, sources, locale]);
  if (tiles.length === 0 || scope.year === null) return <PanelEmpty heading={t.totals.panel} />;
  return (
    <section aria-labelledby="members-totals" className="tile-group">
      <h2 id="members-totals">{t.totals.heading(String(scope.year))}</h2>
      <div className="tiles members-tiles">
        {tiles.map((tile) => (
          <KpiTile key={tile.id} tile={tile} />
        ))}
      </div>
    </section>
  );
}
