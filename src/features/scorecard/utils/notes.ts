import type { DeckData, SlideNotes } from '../../../components/ui/panel';
import { checksOf, unique, warningsOn } from '../../../components/ui/slide-notes';
import { notesMessages } from '../../../components/ui/notes-messages';
import { organizationShort, type SourceInfo } from '../../../data/kpi';
import { formatNumber, formatPercent } from '../../../lib/format';
import type { Locale } from '../../../lib/locale';
import { scorecardMessages } from '../messages';
import { scorecardModel } from '../hooks/use-scorecard';
import type { ScorecardIndicator } from './scorecard-data';
import { rankMissed } from './shortfall';
import { shortfallText } from './shortfall-text';
import { countByArea, countStatuses } from './status-summary';

function scope({ datasets, filters }: DeckData, locale: Locale) {
  const { indicators, sources } = scorecardModel.select(datasets, filters, locale);
  return { indicators, sources };
}

/** "Relazione sulla Performance 2019 (Camera di commercio …), sezione «…»" for each indicator's table. */
function indicatorSources(indicators: readonly ScorecardIndicator[], sources: ReadonlyMap<string, SourceInfo>, locale: Locale): string[] {
  return unique(indicators.map((i) => {
    const s = sources.get(i.sourceId);
    return notesMessages[locale].source(s?.title ?? i.sourceId, s?.publisher ?? '', i.provenance.section);
  }));
}

/** Speaker notes of a page of missed indicators: each with its result, target and gap, year and organisation. */
export function missedNotes(page: { from: number; to: number }) {
  return (data: DeckData, locale: Locale): SlideNotes => {
    const t = scorecardMessages[locale];
    const { indicators, sources } = scope(data, locale);
    const ranked = rankMissed(indicators);
    const shown = ranked.slice(page.from, page.to);
    const n = (v: number) => formatNumber(v, locale);
    return {
      finding: ranked.length === 0 ? t.missedNone : t.missedPage(n(page.from + 1), n(Math.min(page.to, ranked.length)), n(ranked.length)),
      figures: shown.map(({ indicator: i, shortfall }) => {
        const org = organizationShort(sources.get(i.sourceId), i.organization, locale);
        const code = i.sharedCode ? `${i.code} · ${t.tableTag[i.table]}` : i.code;
        return `${code} ${i.name[locale]}: ${shortfallText(shortfall, i, t, locale)} (${i.year}, ${org})`;
      }),
      sources: indicatorSources(shown.map((m) => m.indicator), sources, locale),
      warnings: warningsOn(checksOf(data.datasets), new Set(shown.map((m) => m.indicator.id)), locale),
    };
  };
}

/** Speaker notes of the outcomes slide: the achievement rate overall and per strategic area. */
export function outcomesNotes(data: DeckData, locale: Locale): SlideNotes {
  const t = scorecardMessages[locale];
  const { indicators, sources } = scope(data, locale);
  const n = (v: number) => formatNumber(v, locale);
  const overall = countStatuses(indicators);
  const rows = countByArea(indicators, scorecardModel.select(data.datasets, data.filters, locale).areas, locale, t.areaFallback);
  const years = unique(indicators.map((i) => String(i.year))).join(', ');
  const org = indicators[0] ? organizationShort(sources.get(indicators[0].sourceId), indicators[0].organization, locale) : '';
  const rate = overall.rate === null ? '' : `${t.rate}: ${formatPercent(overall.rate, locale, 1)} (${years}, ${org})`;
  return {
    finding: indicators.length === 0 ? notesMessages[locale].noFigures : t.rateExplained(n(overall.achieved), n(overall.stated), n(overall.not_stated)),
    figures: [...(rate ? [rate] : []), ...rows.map((r) => t.areaPart(r.name, n(r.achieved), n(r.not_achieved), n(r.not_stated)))],
    sources: indicatorSources(indicators, sources, locale),
    warnings: warningsOn(checksOf(data.datasets), new Set(indicators.map((i) => i.id)), locale),
  };
}
