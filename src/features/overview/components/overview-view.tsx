import { useMemo } from 'react';
import { shellMessages } from '../../../app/messages';
import { DataErrors } from '../../../components/ui/data-errors';
import { EmptyState } from '../../../components/ui/empty-state';
import { KpiTile } from '../../../components/ui/kpi-tile';
import { explainEmpty } from '../../../data/empty-state';
import { flattenFacts } from '../../../data/facts';
import { sourcesById } from '../../../data/kpi';
import { useDatasets } from '../../../data/queries';
import { useLocale, useMessages } from '../../../lib/i18n';
import { useFactFilters } from '../../../store/filters-store';
import { buildOverview } from '../utils/build-overview';
import { HEADLINES } from '../utils/headlines';
import { overviewMessages } from '../messages';

export default function OverviewView() {
  const t = useMessages(overviewMessages);
  const s = useMessages(shellMessages);
  const locale = useLocale();
  const filters = useFactFilters();
  const { datasets, errors, isLoading } = useDatasets();
  const facts = useMemo(() => flattenFacts(datasets), [datasets]);
  const groups = useMemo(() => buildOverview(facts, HEADLINES, filters, sourcesById(datasets), locale), [facts, filters, datasets, locale]);

  return (
    <section aria-labelledby="overview-title" className="view">
      <h1 id="overview-title">{t.title}</h1>
      <p className="lead">{t.lead}</p>
      <DataErrors errors={errors} />
      {isLoading && <p role="status">{s.loading}</p>}
      {!isLoading && groups.length === 0 && <EmptyState info={explainEmpty(facts, filters)} />}
      {groups.map((g) => (
        <section key={g.area} aria-labelledby={`ov-${g.area}`} className="tile-group">
          <h2 id={`ov-${g.area}`}>{s.areas[g.area]}</h2>
          <div className="tiles">
            {g.tiles.map((tile) => (
              <KpiTile key={tile.id} tile={tile} size="small" />
            ))}
          </div>
        </section>
      ))}
    </section>
  );
}
