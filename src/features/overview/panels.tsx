import { shellMessages } from '../../app/messages';
import { KpiTile } from '../../components/ui/kpi-tile';
import type { PanelDef } from '../../components/ui/panel';
import type { Area } from '../../data/schema';
import { useMessages } from '../../lib/i18n';
import { useOverview } from './hooks/use-overview';

function AreaTiles({ area }: { area: Area }) {
  const s = useMessages(shellMessages);
  const group = useOverview().groups.find((g) => g.area === area);
  if (!group) return null;
  return (
    <section aria-labelledby={`ov-${area}`} className="tile-group">
      <h2 id={`ov-${area}`}>{s.areas[area]}</h2>
      <div className="tiles">
        {group.tiles.map((tile) => (
          <KpiTile key={tile.id} tile={tile} size="small" />
        ))}
      </div>
    </section>
  );
}

/** The areas the headline list covers, in the order the overview shows them. */
const OVERVIEW_AREAS: readonly Area[] = ['members', 'covid', 'services', 'communication', 'social', 'staff', 'labour', 'policy'];

/** One panel per area; an area the filters leave without tiles renders nothing. */
export const overviewPanels: PanelDef[] = OVERVIEW_AREAS.map((area) => ({
  id: area,
  title: { it: shellMessages.it.areas[area], en: shellMessages.en.areas[area] },
  Component: () => <AreaTiles area={area} />,
}));
