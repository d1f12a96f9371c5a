import type { DeckData, SlideNotes } from '../../../components/ui/panel';
import { matchesFilters, type FactFilters } from '../../../data/facts';
import type { Dataset } from '../../../data/schema';
import type { Locale } from '../../../lib/locale';
import { presenterMessages } from '../presenter-messages';
import type { Slide } from './deck';
import { organisationsInView } from './title-slide';

/** "Relazione dell'attività 2020 (Assolombarda)" for each dataset with anything under the filters. */
export function datasetSources(datasets: readonly Dataset[], filters: FactFilters, locale: Locale): string[] {
  const t = presenterMessages[locale];
  return datasets
    .filter((d) => {
      const own = d.source.organization;
      const items = [...d.facts, ...d.indicators.map((i) => ({ ...i, area: 'performance' as const })), ...d.lists, ...d.records];
      return items.some((item) => matchesFilters({ ...item, organization: ('organization' in item && item.organization) || own }, filters));
    })
    .map((d) => t.sourceLine(d.source.title, d.organizations[d.source.organization]?.[locale] ?? d.source.publisher, String(d.source.year)));
}

export interface TitleNotesInput {
  deckName: string;
  filtersSummary: string;
  /** The data's date, formatted. */
  updated?: string;
}

/** Notes of a deck's title slide: what the deck covers, whose figures, under which filters, from which documents. */
export function titleNotes(input: TitleNotesInput, { datasets, filters }: DeckData, locale: Locale): SlideNotes {
  const t = presenterMessages[locale];
  const organisations = organisationsInView(datasets, filters).map((o) => o.name[locale]);
  return {
    finding: t.titleFinding(input.deckName, organisations.join(', ') || t.noOrganisations),
    figures: [input.filtersSummary || t.noFilters, ...(input.updated ? [t.dataAsOf(input.updated)] : [])],
    sources: datasetSources(datasets, filters, locale),
    warnings: [],
  };
}

/** Notes of a slide without its own: its title, its view and the documents under the filters. */
export function fallbackNotes(title: string, viewName: string, { datasets, filters }: DeckData, locale: Locale): SlideNotes {
  const t = presenterMessages[locale];
  return { finding: t.fallbackFinding(title, viewName), figures: [], sources: datasetSources(datasets, filters, locale), warnings: [] };
}

/**
 * The notes of any slide: its own builder's, else the fallback, which names the documents of
 * `viewDatasets` (those the slide's view reads; all by default). A builder that throws falls back
 * too, and says so.
 */
export function notesOf(slide: Slide, data: DeckData, locale: Locale, viewName: string, viewDatasets: readonly Dataset[] = data.datasets): SlideNotes {
  const fallback = () => fallbackNotes(slide.slide.title[locale], viewName, { ...data, datasets: viewDatasets }, locale);
  const own = slide.slide.notes;
  if (!own) return fallback();
  try {
    return own(data, locale);
  } catch (error) {
    // Notes whose code is still loading (lazyNotes) show the fallback until it is in.
    if (error instanceof Error && error.name === 'NotesLoading') return fallback();
    return { ...fallback(), warnings: [presenterMessages[locale].notesFailed] };
  }
}
