import { KpiTile } from '../../../components/ui/kpi-tile';
import { formatQualified, formatSignedNumber, formatSignedPercent } from '../../../lib/format';
import { useMessages } from '../../../lib/i18n';
import type { Locale } from '../../../lib/locale';
import { useLabour } from '../hooks/use-labour';
import { labourMessages } from '../messages';
import type { SummaryPart } from '../utils/tiles';
import { PanelSection } from '../../../components/ui/panel-section';

function formatPart(p: SummaryPart, locale: Locale): string {
  if (!p.isChange) return formatQualified(p.value, p.unit, p.qualifier, locale);
  return p.unit === 'percent' ? formatSignedPercent(p.value, locale) : formatSignedNumber(p.value, locale);
}

export function RatesPanel() {
  const t = useMessages(labourMessages);
  const { model } = useLabour();
  if (model.empty) return null;
  return (
    <PanelSection prefix="lab" id="rates" title={t.panels.rates} lead={model.rates.length ? t.ratesLead : undefined}>
      {model.rates.length === 0 ? (
        <p>{t.noData}</p>
      ) : (
        <div className="tiles">
          {model.rates.map((tile) => (
            <KpiTile key={tile.series} tile={tile} />
          ))}
        </div>
      )}
    </PanelSection>
  );
}

export function ChangePanel() {
  const t = useMessages(labourMessages);
  const { model, locale } = useLabour();
  if (model.empty) return null;
  const parts = model.changeSummary.map((p) => `${p.label} ${formatPart(p, locale)} (${p.year})`).join('; ');
  return (
    <PanelSection prefix="lab" id="change" title={t.panels.change} lead={parts ? t.changeSummary(parts) : undefined}>
      {model.change.length === 0 ? (
        <p>{t.noData}</p>
      ) : (
        <div className="tiles">
          {model.change.map((tile) => (
            <KpiTile key={tile.series} tile={tile} />
          ))}
        </div>
      )}
    </PanelSection>
  );
}
