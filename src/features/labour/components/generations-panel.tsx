import { lazyChart } from '../../../components/ui/lazy-chart';
import { ChartFrame } from '../../../components/ui/chart-frame';
import { CheckMarker } from '../../../components/ui/check-marker';
import { formatSignedNumber } from '../../../lib/format';
import { useMessages } from '../../../lib/i18n';
import { useLabour } from '../hooks/use-labour';
import { labourMessages } from '../messages';
import { ageBandTable } from '../utils/age-bands';
import { PanelSection } from '../../../components/ui/panel-section';

const GenerationsChart = lazyChart(() => import('./generations-chart'));

export function GenerationsPanel() {
  const t = useMessages(labourMessages);
  const { model, ctx, locale } = useLabour();
  if (model.empty) return null;
  const series = model.generations;
  if (!series) {
    return (
      <PanelSection prefix="lab" id="generations" title={t.panels.generations}>
        <p>{t.noData}</p>
      </PanelSection>
    );
  }
  const parts = series.bands.map((b) => t.bandPart(b.label, formatSignedNumber(b.value, locale))).join(', ');
  const source = ctx.sources.get(series.sourceId ?? '');
  return (
    <div className="lab-generations">
      <ChartFrame
        title={t.generationsTitle(parts)}
        summary={t.generationsSummary}
        source={t.sourceLine(source?.title ?? series.sourceId ?? '', series.section ?? '')}
        table={ageBandTable(series, { band: t.band, change: t.change, sum: t.bandsSum, total: t.statedTotal })}
        height={Math.max(160, series.bands.length * 80)}
      >
        <GenerationsChart bands={series.bands} locale={locale} />
      </ChartFrame>
      {series.total !== undefined && (
        // The source's total as it states it; whether the bands add up to it is the Sources view's check.
        <p className="lab-stated">
          {`${t.statedTotal}: ${formatSignedNumber(series.total, locale)}`}
          {series.checkResultId && <CheckMarker resultId={series.checkResultId} agrees={series.consistent} />}
        </p>
      )}
    </div>
  );
}
