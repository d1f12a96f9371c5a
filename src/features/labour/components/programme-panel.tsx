import { formatNumber } from '../../../lib/format';
import { useMessages } from '../../../lib/i18n';
import { useLabour } from '../hooks/use-labour';
import { labourMessages } from '../messages';
import type { ListGroup } from '../utils/lists';
import { PanelSection } from '../../../components/ui/panel-section';

function Described({ group, heading }: { group: ListGroup; heading: string }) {
  return (
    <div className="lab-block">
      <h3>{heading}</h3>
      <dl className="lab-described">
        {group.items.map((i) => (
          <div key={i.id}>
            <dt>{i.label}</dt>
            {i.detail && <dd>{i.detail}</dd>}
          </div>
        ))}
      </dl>
    </div>
  );
}

/** On slides the programme takes two: its goal, aims and areas; then its method principles. */
export type ProgrammePart = 'areas' | 'principles';

export function ProgrammePanel({ part }: { part?: ProgrammePart }) {
  const t = useMessages(labourMessages);
  const { model, locale } = useLabour();
  if (model.empty) return null;
  const p = model.programme;
  if (!p) {
    return (
      <PanelSection prefix="lab" id="programme" title={t.panels.programme}>
        <p>{t.noData}</p>
      </PanelSection>
    );
  }
  const n = (g: ListGroup) => formatNumber(g.items.length, locale);
  return (
    <PanelSection prefix="lab" id="programme" title={p.title} className="lab-programme">
      {part !== 'principles' && p.goal && (
        <p className="lab-goal">
          <strong>{p.goal.label}:</strong> {p.goal.text}
        </p>
      )}
      {part !== 'principles' && p.aims && (
        <div className="lab-block">
          <h3>{t.goalsHeading}</h3>
          <ul className="lab-aims">
            {p.aims.items.map((i) => (
              <li key={i.id}>{i.label}</li>
            ))}
          </ul>
        </div>
      )}
      {part !== 'principles' && p.areas && <Described group={p.areas} heading={t.areasHeading(n(p.areas))} />}
      {part !== 'areas' && p.principles && <Described group={p.principles} heading={t.principlesHeading(n(p.principles))} />}
      {part !== 'areas' && p.mismatches.map((m) => (
        <p key={m.kind} className="lab-check lab-check-warn" role="note">
          {t.countMismatch(formatNumber(m.listed, locale), formatNumber(m.stated, locale))}
        </p>
      ))}
    </PanelSection>
  );
}
