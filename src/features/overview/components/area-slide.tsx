import { shellMessages } from '../../../lib/shell-messages';
import { KpiTile } from '../../../components/ui/kpi-tile';
import type { Area } from '../../../data/schema';
import { useMessages } from '../../../lib/i18n';
import { useOverview } from '../hooks/use-overview';
import { SourceNotes } from './overview-summary';

/** A slide of one or more areas' figures as a row of large tiles: thin areas share a slide. */
export function AreaSlide({ areas }: { areas: readonly Area[] }) {
  const s = useMessages(shellMessages);
  const { model } = useOverview();
  const groups = areas.map((area) => ({ area, tiles: model.rest.filter((x) => x.area === area) })).filter((g) => g.tiles.length > 0);
  const used = new Set(groups.flatMap((g) => g.tiles.map((x) => x.tile.source.id)));
  return (
    <div className="ov-area-slide">
      <div className="ov-area-row">
        {groups.map((g) => (
          <section key={g.area} aria-labelledby={`ov-${g.area}`} className="tile-group" style={{ flexGrow: g.tiles.length }}>
            <h2 id={`ov-${g.area}`}>{s.areas[g.area]}</h2>
            <div className="tiles">
              {g.tiles.map((x) => <KpiTile key={x.tile.series} tile={x.tile} footnote={x.note} />)}
            </div>
          </section>
        ))}
      </div>
      <SourceNotes sources={model.sources} only={used} />
    </div>
  );
}
