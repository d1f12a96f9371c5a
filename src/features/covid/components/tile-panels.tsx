import type { ReactNode } from 'react';
import { KpiTile } from '../../../components/ui/kpi-tile';
import type { TileModel } from '../../../data/kpi';
import { useMessages } from '../../../lib/i18n';
import { useCovid } from '../hooks/use-covid';
import { covidMessages } from '../messages';
import type { ListModel } from '../utils/tiles';
import { PanelSection } from '../../../components/ui/panel-section';

function Chips({ lists, heading }: { lists: ListModel[]; heading: string }) {
  return lists.map((l) => (
    <div key={l.id} className="cov-block">
      <h3>{heading}</h3>
      <ul className="cov-chips" aria-label={l.title}>
        {l.items.map((i) => (
          <li key={i.id}>{i.label}</li>
        ))}
      </ul>
    </div>
  ));
}

function TilesSection({ id, title, lead, tiles, children }: { id: string; title: string; lead?: string; tiles: TileModel[]; children?: ReactNode }) {
  const t = useMessages(covidMessages);
  const empty = tiles.length === 0 && !children;
  return (
    <PanelSection prefix="cov" id={id} title={title} lead={tiles.length ? lead : undefined}>
      {empty && <p>{t.noData}</p>}
      {tiles.length > 0 && (
        <div className="tiles">
          {tiles.map((tile) => (
            <KpiTile key={tile.series} tile={tile} />
          ))}
        </div>
      )}
      {children}
    </PanelSection>
  );
}

export function TaskForcePanel() {
  const t = useMessages(covidMessages);
  const { model } = useCovid();
  if (model.empty) return null;
  return (
    <TilesSection id="task-force" title={t.panels.taskForce} lead={t.taskForceLead} tiles={model.taskForce}>
      {model.taskForceAreas.length > 0 && <Chips lists={model.taskForceAreas} heading={t.areas} />}
    </TilesSection>
  );
}

export function OutreachPanel() {
  const t = useMessages(covidMessages);
  const { model } = useCovid();
  if (model.empty) return null;
  return (
    <TilesSection id="outreach" title={t.panels.outreach} tiles={model.outreach}>
      {model.covidRequests.length > 0 && <Chips lists={model.covidRequests} heading={t.requests} />}
    </TilesSection>
  );
}

export function ServicesPanel() {
  const t = useMessages(covidMessages);
  const { model, ctx, locale } = useCovid();
  if (model.empty) return null;
  const org = ctx.visible.find((f) => f.area === 'services')?.organization;
  const name = org ? ctx.organizations[org]?.[locale] : undefined;
  return (
    <TilesSection id="services" title={name ? `${t.panels.services}: ${name}` : t.panels.services} lead={name ? t.servicesLead(name) : undefined} tiles={model.services}>
      {model.servicesRequests.length > 0 && <Chips lists={model.servicesRequests} heading={t.requests} />}
    </TilesSection>
  );
}
