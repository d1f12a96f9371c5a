import { useProgressiveCount } from '../../../components/ui/progressive-mount';
import type { IndicatorAnchors } from '../../../data/checks/anchors';
import { useMessages } from '../../../lib/i18n';
import { scorecardMessages } from '../messages';
import type { AreaGroup } from '../utils/group-indicators';
import type { ScorecardIndicator } from '../utils/scorecard-data';
import { IndicatorRow } from './indicator-row';

/** Indicators grouped by strategic area (h3) and objective (h4). The first area comes with the
 * page, the others one per frame: the whole list is a long page of its own. The areas are the
 * page's regions; an objective is a group inside its area, not a region of its own: two areas have
 * an objective of the same name (the PIRA indicators outside the plan), and a list of 29 regions
 * would bury the page's own. */
export function IndicatorList({ groups, checkAnchors }: { groups: AreaGroup<ScorecardIndicator>[]; checkAnchors?: IndicatorAnchors }) {
  const t = useMessages(scorecardMessages);
  const shown = useProgressiveCount(groups.length, 1);
  return (
    <div className="sc-groups">
      {groups.slice(0, shown).map((area) => (
        <section key={area.code} className="sc-area" aria-labelledby={`sc-area-${area.code}`}>
          <h3 id={`sc-area-${area.code}`}>
            {area.code} · {area.name} <span className="sc-count">({t.count(area.count, String(area.count))})</span>
          </h3>
          {area.objectives.map((o) => (
            <div key={o.key} role="group" className="sc-objective" aria-labelledby={`sc-obj-${area.code}-${o.key}`}>
              <h4 id={`sc-obj-${area.code}-${o.key}`}>{o.code ? `${o.code} · ${o.name}` : o.name}</h4>
              {o.summary && <p className="sc-objective-summary">{o.summary}</p>}
              <ul className="sc-rows">
                {o.indicators.map((i) => (
                  <IndicatorRow key={i.id} indicator={i} checks={checkAnchors?.get(i.id)} />
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
