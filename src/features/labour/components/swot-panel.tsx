import { formatNumber, formatQualified } from '../../../lib/format';
import { useMessages } from '../../../lib/i18n';
import { useLabour } from '../hooks/use-labour';
import { labourMessages } from '../messages';
import { PanelSection } from '../../../components/ui/panel-section';

/** The four lists, or on a slide only some of them (`kinds`: strengths and weaknesses, then the rest). */
export function SwotPanel({ kinds }: { kinds?: readonly string[] }) {
  const t = useMessages(labourMessages);
  const { model, locale } = useLabour();
  if (model.empty) return null;
  const groups = kinds ? model.swot.filter((g) => kinds.includes(g.kind)) : model.swot;
  return (
    <PanelSection prefix="lab" id="swot" title={t.panels.swot}>
      {groups.length === 0 ? (
        <p>{t.noData}</p>
      ) : (
        <div className="lab-swot">
          {groups.map((g) => (
            <section key={g.id} className={`lab-swot-col lab-swot-${g.kind}`} aria-labelledby={`lab-swot-${g.kind}`}>
              <h3 id={`lab-swot-${g.kind}`}>
                {g.title} <span className="lab-count">({formatNumber(g.items.length, locale)})</span>
              </h3>
              <ul>
                {g.items.map((i) => (
                  <li key={i.id}>
                    {i.label}
                    {i.detail && <span className="lab-item-detail">{i.detail}</span>}
                    {i.figures.map((f) => (
                      <span key={f.id} className="lab-item-figure">
                        {f.label}: <strong>{formatQualified(f.value, f.unit, f.qualifier, locale)}</strong> ({f.year})
                      </span>
                    ))}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </PanelSection>
  );
}
