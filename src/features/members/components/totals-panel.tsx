import { KpiTile } from '../../../components/ui/kpi-tile';
import { usePresenting } from '../../../components/ui/presenting';
import { useMessages } from '../../../lib/i18n';
import { useMembers } from '../hooks/use-members';
import { membersMessages } from '../messages';
import { PanelEmpty } from '../../../components/connected/panel-empty';
import { TotalsYears } from './totals-years';

/** Member firms, employees, new members and cancellations of the year, as tiles; with several years, a chart of them over the years (on a slide of its own when presenting). */
export function TotalsPanel() {
  const t = useMessages(membersMessages);
  const { scope, totals: tiles, totalsYears: years, members } = useMembers();
  // On a slide the chart by year has a slide of its own (membersPanels), the tiles keep theirs.
  const presenting = usePresenting();
  if (tiles.length === 0 || scope.year === null) return <PanelEmpty title={t.totals.panel} facts={members} />;
  return (
    <section aria-labelledby="members-totals" className="tile-group">
      <h2 id="members-totals">{t.totals.heading(String(scope.year))}</h2>
      <div className="tiles members-tiles">
        {tiles.map((tile) => (
          <KpiTile key={tile.series} tile={tile} />
        ))}
      </div>
      {years && !presenting && <TotalsYears table={years} />}
    </section>
  );
}
