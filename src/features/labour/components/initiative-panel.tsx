import { WholeWords } from '../../../components/ui/whole-words';
import { formatDate, formatQualified } from '../../../lib/format';
import { useMessages } from '../../../lib/i18n';
import { useLabour } from '../hooks/use-labour';
import { labourMessages } from '../messages';
import { PanelSection } from '../../../components/ui/panel-section';

export function InitiativePanel() {
  const t = useMessages(labourMessages);
  const { model, ctx, locale } = useLabour();
  if (model.empty) return null;
  const m = model.initiative;
  if (!m) {
    return (
      <PanelSection prefix="lab" id="initiative" title={t.panels.initiative}>
        <p>{t.noData}</p>
      </PanelSection>
    );
  }
  const figureFields = new Set(m.figures.map((f) => f.field));
  const source = ctx.sources.get(m.sourceId);
  return (
    <PanelSection prefix="lab" id="initiative" title={m.title} className="lab-initiative">
      {m.date && (
        <p className="lab-date">
          {t.date}: <time dateTime={m.date}>{formatDate(m.date, locale)}</time>
        </p>
      )}
      <div className="lab-figures">
        {m.figures.map((f) => (
          <div key={f.id} className="lab-figure">
            <p className="lab-figure-label">{f.label}</p>
            <p className="lab-figure-value">{formatQualified(f.value, f.unit, f.qualifier, locale)}</p>
            <p className="lab-figure-note">{m.fields.find((x) => x.key === f.field)?.value}</p>
          </div>
        ))}
      </div>
      <dl className="lab-fields">
        {m.fields
          .filter((f) => !figureFields.has(f.key))
          .map((f) => (
            <div key={f.key}>
              <dt>{f.label}</dt>
              <dd><WholeWords text={f.value} /></dd>
            </div>
          ))}
      </dl>
      {m.context.length > 0 && (
        <div className="lab-block">
          <h3>{t.context}</h3>
          <ul>
            {m.context.map((f) => (
              <li key={f.id}>
                {f.label}: <strong>{formatQualified(f.value, f.unit, f.qualifier, locale)}</strong> ({f.year})
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className="chart-source">{t.sourceLine(source?.title ?? m.sourceId, m.section)}</p>
    </PanelSection>
  );
}
