import { useState, type ComponentType } from 'react';
import type { FactFilters } from '../../data/facts';
import type { Dataset } from '../../data/schema';
import type { Locale } from '../../lib/locale';
import { EmptyPanels, EmptyPanelsContext } from './empty-panels';
import { useProgressiveCount } from './progressive-mount';
import { PanelBoundary } from './panel-boundary';
import { PanelNameContext } from './panel-name';

/**
 * A view is an ordered list of panels (tile rows, charts, tables). The view renders them all;
 * presentation mode renders one per slide. A panel reads its slice of the view's model (see store/view-model):
 * the view provides it, and a panel alone on a slide gets it from the same memoised selector.
 */
export interface PanelDef {
  /** Stable id, unique within its view (used in slide URLs and tests). */
  id: string;
  /** Short bilingual title for the slide list and the presenter's overview. */
  title: { it: string; en: string };
  Component: ComponentType;
  /**
   * How the panel goes into a deck: several slides (a long list in pages, one per area), or none.
   * Without it the panel is one slide. Decided from the data and filters, so the deck knows its length.
   */
  slides?: (data: DeckData) => readonly SlideDef[];
  /** The speaker notes of the panel's one slide (a panel with `slides` gives them per slide). */
  notes?: SlideNotesBuilder;
}

/** One screen of a deck: designed to fit the slide canvas, with no controls on it. */
export interface SlideDef {
  /** Unique within its view. */
  id: string;
  title: { it: string; en: string };
  Component: ComponentType;
  /** What the presenter reads beside the slide, built from the data (never shown to the room). */
  notes?: SlideNotesBuilder;
}

/**
 * A slide's speaker notes, as plain text in the reader's language: the finding in a sentence, the
 * exact figures (year, organisation, change against the year before, gap to target), the sources
 * (document, section) and the consistency warnings on the figures shown.
 */
export interface SlideNotes {
  finding: string;
  figures: readonly string[];
  sources: readonly string[];
  warnings: readonly string[];
}

export interface SlideNotesBuilder {
  (data: DeckData, locale: Locale): SlideNotes;
  /** For notes whose code loads on demand (lazyNotes): resolves once the builder can be called. */
  ready?: () => Promise<void>;
}

/**
 * Notes whose builder (and what it imports: the checks, the sources) loads only when a presenter
 * asks for them, not with the page: for panels on the first screen. Called before `ready()` has
 * resolved, it throws, and the presenter shows the slide's fallback notes until then.
 */
export function lazyNotes<M>(load: () => Promise<M>, pick: (module: M) => (data: DeckData, locale: Locale) => SlideNotes): SlideNotesBuilder {
  let built: ((data: DeckData, locale: Locale) => SlideNotes) | undefined;
  const builder: SlideNotesBuilder = (data, locale) => {
    if (!built) throw Object.assign(new Error('The notes are loading'), { name: 'NotesLoading' });
    return built(data, locale);
  };
  builder.ready = async () => {
    built ??= pick(await load());
  };
  return builder;
}

/** What a panel may read to decide its slides. */
export interface DeckData {
  datasets: readonly Dataset[];
  filters: FactFilters;
  /** A view's own deck, the meeting deck across views, or the lobby screen (one summary slide). */
  kind: 'view' | 'meeting' | 'screen';
}

/** A panel's slides: its own list, or the panel itself on one slide. */
export function panelSlides(panel: PanelDef, data: DeckData): readonly SlideDef[] {
  return panel.slides ? panel.slides(data) : [{ id: panel.id, title: panel.title, Component: panel.Component, notes: panel.notes }];
}

/** Panels rendered with the data; the rest follow one per frame (useProgressiveCount). */
const FIRST_PANELS = 2;

export function PanelList({ panels }: { panels: readonly PanelDef[] }) {
  const shown = useProgressiveCount(panels.length, FIRST_PANELS);
  // The view's panels with nothing to show fold into one line (see EmptyPanelLine).
  const [empties] = useState(() => new EmptyPanels());
  return (
    <EmptyPanelsContext value={empties}>
      {panels.slice(0, shown).map(({ id, title, Component }) => (
        <div key={id} data-panel={id} className="panel-slot">
          <PanelBoundary name={title.it}>
            <PanelNameContext value={title}>
              <Component />
            </PanelNameContext>
          </PanelBoundary>
        </div>
      ))}
    </EmptyPanelsContext>
  );
}
