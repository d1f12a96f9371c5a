import '../overview.css';
import { shellMessages } from '../../../lib/shell-messages';
import { KpiTile } from '../../../components/ui/kpi-tile';
import { useMessages } from '../../../lib/i18n';
import { useOverview } from '../hooks/use-overview';
import { overviewMessages } from '../messages';
import type { OverviewModel } from '../utils/build-overview';

/** The documents behind the tiles, numbered as the tiles' footnotes (slides and print show them). */
export function SourceNotes({ sources, only }: { sources: OverviewModel['sources']; only?: ReadonlySet<string> }) {
  const t = useMessages(overviewMessages);
  const listed = sources.map((s, i) => ({ ...s, n: i + 1 })).filter((s) => !only || only.has(s.id));
  if (listed.length === 0) return null;
  return (
    <section className="source-notes" aria-label={t.sources}>
      <ol>
        {listed.map((s) => (
          <li key={s.id} value={s.n}>{s.publisher ? `${s.title} — ${s.publisher}` : s.title}</li>
        ))}
      </ol>
    </section>
  );
}

/**
 * The overview on one screen: the lead figures in a row, then every other figure in a grid that uses
 * the screen's width, each tile naming its area. The same summary is a slide and the lobby screen.
 */
export function OverviewSummary() {
  const t = useMessages(overviewMessages);
  const s = useMessages(shellMessages);
  const { model } = useOverview();
  if (model.lead.length + model.rest.length === 0) return null;
  return (
    <div className="ov-summary">
      {model.lead.length > 0 && (
        <section aria-labelledby="ov-lead" className="ov-lead">
          <h2 id="ov-lead" className="sr-only">{t.leadTitle}</h2>
          <div className="ov-lead-tiles">
            {model.lead.map((x) => <KpiTile key={x.tile.series} tile={x.tile} eyebrow={s.areas[x.area]} footnote={x.note} />)}
          </div>
        </section>
      )}
      {model.rest.length > 0 && (
        <section aria-labelledby="ov-rest" className="ov-rest">
          <h2 id="ov-rest" className="sr-only">{t.rest}</h2>
          <div className="ov-grid">
            {model.rest.map((x) => <KpiTile key={x.tile.series} tile={x.tile} size="small" eyebrow={s.areas[x.area]} footnote={x.note} />)}
          </div>
        </section>
      )}
      <SourceNotes sources={model.sources} />
    </div>
  );
}
