import { useMemo } from 'react';
import { KpiTile } from '../../../components/ui/kpi-tile';
import { YearsTable } from '../../../components/ui/years-table';
import { buildYearTable } from '../../../data/years';
import { useCommunication } from '../hooks/use-communication';
import { buildCampaigns, buildMetricTiles, WEB_TILE_METRICS } from '../utils/tiles';
import { PanelEmpty } from './panel-empty';

const WEB_SERIES = WEB_TILE_METRICS.map((metric) => ({ metric }));

/** Page views, registered users, newsletter subscriptions and the web magazine, as tiles. */
export function WebTilesPanel() {
  const { t, locale, visible, all, sources, viewEmpty, filters } = useCommunication();
  const tiles = useMemo(() => buildMetricTiles(visible, all, WEB_TILE_METRICS, sources, locale), [visible, all, sources, locale]);
  const years = useMemo(() => buildYearTable(all, filters, WEB_SERIES, locale), [all, filters, locale]);
  if (viewEmpty) return null;
  if (tiles.length === 0) return <PanelEmpty title={t.webPanel} />;
  return (
    <section className="tile-group social-panel" aria-labelledby="social-web">
      <h2 id="social-web">{t.webPanel}</h2>
      <div className="tiles">
        {tiles.map((tile) => <KpiTile key={tile.id} tile={tile} />)}
      </div>
      {years && <YearsTable table={years} subject={t.webPanel} />}
    </section>
  );
}

/** Each campaign's views and interactions, with "more than" and the two-weeks note kept. */
export function CampaignsPanel() {
  const { t, locale, visible, all, sources, labels, viewEmpty } = useCommunication();
  const groups = useMemo(() => buildCampaigns(visible, all, sources, locale), [visible, all, sources, locale]);
  if (viewEmpty) return null;
  if (groups.length === 0) return <PanelEmpty title={t.campaignsPanel} />;
  return (
    <section className="tile-group social-panel" aria-labelledby="social-campaigns">
      <h2 id="social-campaigns">{t.campaignsPanel}</h2>
      <div className="campaigns">
        {groups.map((g) => (
          <div key={g.campaign} className="campaign" role="group" aria-labelledby={`campaign-${g.campaign}`}>
            <p className="campaign-name" id={`campaign-${g.campaign}`}>{labels('campaign', g.campaign)}</p>
            <div className="tiles">
              {g.tiles.map((tile) => <KpiTile key={tile.id} tile={tile} />)}
            </div>
          </div>
        ))}
      </div>
    </section>
  );
}
