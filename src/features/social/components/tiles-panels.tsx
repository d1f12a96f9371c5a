import { KpiTile } from '../../../components/ui/kpi-tile';
import { usePresenting } from '../../../components/ui/presenting';
import { useCommunication } from '../hooks/use-communication';
import { PanelEmpty } from '../../../components/connected/panel-empty';
import { WebYears } from './web-years';

/** Page views, registered users, newsletter subscriptions and the web magazine, as tiles; with several years, a chart of them over the years. */
export function WebTilesPanel() {
  const { t, all, viewEmpty, webTiles: tiles, webYears: years } = useCommunication();
  // On a slide the chart by year has a slide of its own (socialPanels), the tiles keep theirs.
  const presenting = usePresenting();
  if (viewEmpty) return null;
  if (tiles.length === 0) return <PanelEmpty title={t.webPanel} facts={all} />;
  return (
    <section className="tile-group social-panel" aria-labelledby="social-web">
      <h2 id="social-web">{t.webPanel}</h2>
      <div className="tiles">
        {tiles.map((tile) => <KpiTile key={tile.series} tile={tile} />)}
      </div>
      {years && !presenting && <WebYears table={years} />}
    </section>
  );
}

/** Each campaign's views and interactions, with "more than" and the two-weeks note kept. */
export function CampaignsPanel() {
  const { t, all, labels, viewEmpty, campaigns: groups } = useCommunication();
  if (viewEmpty) return null;
  if (groups.length === 0) return <PanelEmpty title={t.campaignsPanel} facts={all} />;
  return (
    <section className="tile-group social-panel" aria-labelledby="social-campaigns">
      <h2 id="social-campaigns">{t.campaignsPanel}</h2>
      <div className="campaigns">
        {groups.map((g) => (
          <div key={g.campaign} className="campaign" role="group" aria-labelledby={`campaign-${g.campaign}`}>
            <p className="campaign-name" id={`campaign-${g.campaign}`}>{labels('campaign', g.campaign)}</p>
            <div className="tiles">
              {g.tiles.map((tile) => <KpiTile key={tile.series} tile={tile} />)}
            </div>
          </div>
        ))}
      </div>
    </section>
  );
}
