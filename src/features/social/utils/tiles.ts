import type { SourcedFact } from '../../../data/facts';
import { buildTile, type TileModel, type SourceInfo } from '../../../data/kpi';
import type { Locale } from '../../../lib/locale';
import { dimCount, pickYear } from './scope';

/** Figures shown as tiles (declared, never typed in): website, newsletter and web magazine. */
export const WEB_TILE_METRICS = ['web.page_views', 'web.registered_users', 'newsletter.subscriptions', 'magazine.views', 'magazine.new_users'] as const;
export const CAMPAIGN_METRICS = ['campaign.views', 'campaign.interactions'] as const;

/** One tile per declared metric (stated totals only), each in its latest year under the filters. */
export function buildMetricTiles(
  visible: readonly SourcedFact[], all: readonly SourcedFact[], metrics: readonly string[], sources: ReadonlyMap<string, SourceInfo>, locale: Locale,
): TileModel[] {
  return metrics.flatMap((metric) => {
    const matches = visible.filter((f) => f.metric === metric && dimCount(f) === 0);
    const year = pickYear(matches, { year: null });
    return matches.filter((f) => f.year === year).map((f) => buildTile(f, all, sources, locale));
  });
}

export interface CampaignGroup {
  campaign: string;
  tiles: TileModel[];
}

/** Each campaign's figures (views, then interactions), with their qualifiers and notes, in the order of the data. */
export function buildCampaigns(
  visible: readonly SourcedFact[], all: readonly SourcedFact[], sources: ReadonlyMap<string, SourceInfo>, locale: Locale,
): CampaignGroup[] {
  const facts = visible.filter((f) => (CAMPAIGN_METRICS as readonly string[]).includes(f.metric) && f.dimensions?.campaign !== undefined);
  const campaigns = [...new Set(facts.map((f) => f.dimensions!.campaign!))];
  return campaigns.map((campaign) => ({
    campaign,
    tiles: facts
      .filter((f) => f.dimensions!.campaign === campaign)
      .sort((a, b) => CAMPAIGN_METRICS.indexOf(a.metric as never) - CAMPAIGN_METRICS.indexOf(b.metric as never) || b.year - a.year)
      .map((f) => buildTile(f, all, sources, locale)),
  }));
}

/** "Fonte: <title> (<publisher>) · sezione «<section>»; …" for the facts behind a chart (sections are the document's own titles, quoted). */
export function sourceLine(
  facts: readonly SourcedFact[], sources: ReadonlyMap<string, SourceInfo>, words: { source: string; section: string; quote?: (s: string) => string },
): string {
  const bySource = new Map<string, Set<string>>();
  for (const f of facts) bySource.set(f.sourceId, (bySource.get(f.sourceId) ?? new Set()).add(f.provenance.section));
  const parts = [...bySource].map(([id, sections]) => {
    const s = sources.get(id);
    const title = s ? `${s.title} (${s.publisher})` : id;
    const quote = words.quote ?? ((s: string) => s);
    return `${title} · ${words.section} ${[...sections].map(quote).join('; ')}`;
  });
  return `${words.source}: ${parts.join(' — ')}`;
}
