import { lazyChart } from '../../../components/ui/lazy-chart';
import { ChartFrame } from '../../../components/ui/chart-frame';
import { formatNumber, formatSignedPercent } from '../../../lib/format';
import { useMessages } from '../../../lib/i18n';
import { useCovid } from '../hooks/use-covid';
import { covidMessages } from '../messages';
import { disputesTable } from '../utils/disputes';
import { PanelSection } from '../../../components/ui/panel-section';

const DisputesChart = lazyChart(() => import('./disputes-chart'));

export function DisputesPanel() {
  const t = useMessages(covidMessages);
  const { model, ctx, locale } = useCovid();
  if (model.empty) return null;
  const m = model.disputes;
  if (!m) {
    return (
      <PanelSection prefix="cov" id="disputes" title={t.panels.disputes}>
        <p>{t.noData}</p>
      </PanelSection>
    );
  }
  const [from, to] = [m.years[m.years.length - 2], m.years[m.years.length - 1]!];
  const withDelta = m.categories.filter((c) => c.delta?.pct != null);
  const title =
    from !== undefined && withDelta.length > 0
      ? t.disputesTitle(withDelta.map((c) => t.part(c.label, formatSignedPercent(c.delta!.pct!, locale))).join(', '), String(from), String(to))
      : t.disputesTitleOne(m.categories.map((c) => t.part(c.label, formatNumber(c.values[to] ?? 0, locale))).join(', '), String(to));
  const summary = t.disputesSummary(
    m.categories
      .map((c) =>
        t.categorySummary(
          c.label,
          m.years.flatMap((y) => (c.values[y] == null ? [] : [t.valueInYear(formatNumber(c.values[y]!, locale), String(y))])).join(', '),
          c.delta?.pct != null ? formatSignedPercent(c.delta.pct, locale) : '',
        ),
      )
      .join('; '),
  );
  const source = ctx.sources.get(m.sourceId);
  return (
    <ChartFrame
      title={title}
      summary={summary}
      source={t.sourceLine(source?.title ?? m.sourceId, m.section)}
      table={disputesTable(m, { kind: t.kind, change: t.change })}
      height={340}
    >
      <DisputesChart model={m} locale={locale} />
    </ChartFrame>
  );
}
