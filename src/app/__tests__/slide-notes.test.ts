import { beforeAll, describe, expect, it } from 'vitest';
import type { DeckData, PanelDef } from '../../components/ui/panel';
import { notesMessages } from '../../components/ui/notes-messages';
import { NO_FILTERS, type FactFilters } from '../../data/facts';
import { loadDataset } from '../../data/__tests__/dataset-fixtures';
import type { Locale } from '../../lib/locale';
import { covidPanels } from '../../features/covid/panels';
import { labourPanels } from '../../features/labour/panels';
import { membersPanels } from '../../features/members/panels';
import { overviewPanels } from '../../features/overview/panels';
import { presenterMessages } from '../../features/presentation/presenter-messages';
import { buildSlides, type Slide } from '../../features/presentation/utils/deck';
import { notesOf, titleNotes } from '../../features/presentation/utils/slide-notes';
import { scorecardPanels } from '../../features/scorecard/panels';
import { socialPanels } from '../../features/social/panels';
import type { ViewId } from '../../lib/views';

/** Speaker notes over the real panels and the bundled datasets: the slides' own figures, sources and warnings. */
const datasets = ['assolombarda-2020.json', 'cciaa-performance-2019.json', 'lavoro-milano-2018.json', 'sviluppo-pmi-2020.json'].map(loadDataset);
const PANELS: Partial<Record<ViewId, readonly PanelDef[]>> = {
  overview: overviewPanels, members: membersPanels, communication: socialPanels, scorecard: scorecardPanels, labour: labourPanels, covid: covidPanels,
};
const title = { id: 'titolo', title: { it: 'Riunione', en: 'Meeting' }, Component: () => null };

function deck(view: ViewId, filters: Partial<FactFilters> = {}) {
  const data: DeckData = { datasets, filters: { ...NO_FILTERS, ...filters }, kind: 'view' };
  return { data, slides: buildSlides('vista', view, PANELS, data, title) };
}

// The overview's notes load on demand (they stay off the first screen): before, its slides fall back to
// their title and documents without a warning; the presenter view loads them, as here.
describe('notes that load on demand', () => {
  it('fall back quietly until loaded, then give the slide its own notes', async () => {
    const { data, slides } = deck('overview');
    const summary = slides.find((s) => s.slide.id === 'sintesi')!;
    const before = notesOf(summary, data, 'it', 'Panoramica');
    expect(before.warnings).toEqual([]);
    expect(before.figures).toEqual([]);
    await summary.slide.notes!.ready!();
    expect(notesOf(summary, data, 'it', 'Panoramica').figures.length).toBeGreaterThan(0);
  });
});

function notes(view: ViewId, slideId: string, locale: Locale = 'it', filters: Partial<FactFilters> = {}) {
  const { data, slides } = deck(view, filters);
  const slide = slides.find((s) => s.slide.id === slideId);
  if (!slide) throw new Error(`no slide ${slideId} in ${view}: ${slides.map((s) => s.slide.id).join(', ')}`);
  return notesOf(slide, data, locale, view);
}

const warning = (title: string) => notesMessages.it.warning(title);

describe('speaker notes of the title slide', () => {
  it('name the deck, whose figures, the filters and every document', () => {
    const n = titleNotes({ deckName: 'Riunione', filtersSummary: 'Anno 2020', updated: '30 novembre 2026' }, { datasets, filters: { ...NO_FILTERS, year: 2020 }, kind: 'meeting' }, 'it');
    expect(n.finding).toContain('Riunione');
    expect(n.finding).toContain('Assolombarda');
    expect(n.figures).toEqual(['Anno 2020', 'Dati aggiornati al 30 novembre 2026']);
    // 2020: Assolombarda's report and the Sviluppo PMI press release; not the 2019 and 2018 documents.
    expect(n.sources).toEqual(["Relazione dell'attività 2020 (Assolombarda, 2020)", 'Manager per la ripresa e lo “Sviluppo PMI” lombarde (Confindustria Lombardia, 2020)']);
  });
});

describe('speaker notes built from the data', () => {
  beforeAll(async () => {
    for (const view of Object.keys(PANELS) as ViewId[]) await Promise.all(deck(view).slides.map((s) => s.slide.notes?.ready?.()));
  });

  it('of the overview summary: every tile with year and organisation, the change, the sources, the warnings', () => {
    const n = notes('overview', 'sintesi');
    expect(n.figures).toContain('Imprese associate: 6.796 imprese (2020, Assolombarda)');
    expect(n.figures).toContain('Indicatori di performance raggiunti: 62 indicatori (2019, Camera di commercio)');
    expect(n.figures).toContain('Vertenze sindacali individuali: 6.077 vertenze (2020, Assolombarda); -5.053 (-45,4%) rispetto al 2019 (11.130 vertenze)');
    expect(n.figures).toContain('Tasso di occupazione: 69,5% (2018, Comune di Milano)');
    expect(n.sources).toContain("Relazione dell'attività 2020 (Assolombarda), sezione «1 | Gli associati»");
    // The site's users: the growth the report states is checked against the two figures.
    expect(n.warnings).toContain(warning('Crescita degli utenti del sito: dichiarata e calcolata'));
  });

  it('in English, with English number formats', () => {
    const n = notes('overview', 'sintesi', 'en');
    expect(n.figures.join('\n')).toContain('6,796');
    expect(n.figures.join('\n')).toContain('against 2019 (11,130');
    expect(n.sources.join('\n')).toContain('section “1 | Gli associati”');
  });

  it('of the members’ totals: the four totals of 2020 and the check of the groups against them', () => {
    const n = notes('members', 'totals');
    expect(n.figures).toEqual([
      'Imprese associate: 6.796 imprese (2020, Assolombarda)',
      'Dipendenti delle imprese associate: 414.440 dipendenti (2020, Assolombarda)',
      'Nuove imprese associate: 539 imprese (2020, Assolombarda)',
      'Imprese cancellate: 440 imprese (2020, Assolombarda)',
    ]);
    expect(n.finding).toContain('6.796 imprese');
    expect(n.sources).toEqual(["Relazione dell'attività 2020 (Assolombarda), sezione «1 | Gli associati»"]);
    expect(n.warnings).toEqual([warning('Totale dei gruppi e totale delle imprese associate'), warning('Totale dei gruppi e totale dei dipendenti')]);
  });

  it('of the members’ totals under a year without them: say so', () => {
    expect(notes('members', 'totals', 'it', { year: 2018 })).toMatchObject({ finding: notesMessages.it.noFigures, figures: [], warnings: [] });
  });

  it('of communication: the website’s tiles, and the platforms with the parts that do not add up', () => {
    const web = notes('communication', 'web-tiles');
    expect(web.figures).toContain('Abbonamenti alle newsletter: 65.563 abbonamenti (2020, Assolombarda)');
    expect(web.sources.every((s) => s.startsWith("Relazione dell'attività 2020 (Assolombarda), sezione"))).toBe(true);
    const platforms = notes('communication', 'platforms');
    expect(platforms.figures).toContain('Visualizzazioni social: 14.726.633 visualizzazioni (2020, Assolombarda)');
    expect(platforms.warnings).toContain(warning('Visualizzazioni per piattaforma e totale social'));
    expect(platforms.sources).toContain("Relazione dell'attività 2020 (Assolombarda), sezione «3 | Social (1)»");
  });

  it('of the scorecard’s missed pages: each indicator’s result against its target, five a page, thirteen in all', () => {
    const pages = ['missed-1', 'missed-2', 'missed-3'].map((id) => notes('scorecard', id));
    expect(pages.map((p) => p.figures.length)).toEqual([5, 5, 3]);
    expect(pages[0]!.finding).toBe('Dal 1° al 5° dei 13 indicatori non raggiunti, dal più lontano dal target.');
    expect(pages[0]!.figures[0]).toMatch(/^5\.1\.1 .*: -50 punti — risultato 40% contro target ≥\u00a090% \(2019, Camera di commercio\)$/);
    expect(pages[0]!.sources).toContain('Relazione sulla Performance 2019 (Camera di Commercio di Milano Monza Brianza Lodi), sezione «5.1 - GIOVANI STUDENTI/TALENTI»');
    // 1.1.5 is on the first page, and the report uses its code in two tables.
    expect(pages[0]!.warnings).toContain(warning('Codici di indicatore usati due volte'));
  });

  it('of the scorecard’s outcomes: 62 achieved of 75 with a stated outcome, area by area', () => {
    const n = notes('scorecard', 'summary');
    expect(n.finding).toBe('62 raggiunti su 75 indicatori con esito dichiarato (esclusi 1 senza esito).');
    expect(n.figures[0]).toBe('Tasso di raggiungimento: 82,7% (2019, Camera di commercio)');
    expect(n.figures).toHaveLength(7);
    expect(n.warnings).toContain(warning('Indicatori: stato dichiarato, target e risultato'));
  });

  it('of the labour and Covid tiles', () => {
    expect(notes('labour', 'rates').figures).toContain('Tasso di disoccupazione: 6,5% (2018, Comune di Milano)');
    expect(notes('labour', 'change').warnings).toEqual([warning('Variazione degli occupati dal 2008: fasce d’età e totale')]);
    const covid = notes('covid', 'task-force');
    expect(covid.figures).toContain('Vertenze sindacali collettive: 3.021 vertenze (2020, Assolombarda); +2.350 (+350,2%) rispetto al 2019 (671 vertenze)');
    expect(covid.sources).toEqual(["Relazione dell'attività 2020 (Assolombarda), sezione «2 | Una task force dedicata»"]);
    expect(notes('covid', 'disputes').figures).toEqual([
      'Vertenze sindacali individuali: 6.077 vertenze (2020, Assolombarda); -5.053 (-45,4%) rispetto al 2019 (11.130 vertenze)',
      'Vertenze sindacali collettive: 3.021 vertenze (2020, Assolombarda); +2.350 (+350,2%) rispetto al 2019 (671 vertenze)',
    ]);
  });

  it('of a slide without its own: its title, its view and the view’s documents', () => {
    const { data, slides } = deck('labour');
    const slide = slides.find((s) => s.slide.id === 'generations') as Slide;
    const milan = datasets.filter((d) => d.source.organization === 'comune-milano');
    const n = notesOf(slide, data, 'it', 'Lavoro e territorio', milan);
    expect(n.finding).toBe(`${slide.slide.title.it} (sezione Lavoro e territorio).`);
    expect(n.sources).toEqual([expect.stringMatching(/^Milano: tra ripresa economica.*\(Comune di Milano, 2018\)$/)]);
  });

  it.each((['overview', 'members', 'communication', 'scorecard', 'labour', 'covid'] as const).flatMap((view) => (['it', 'en'] as const).map((locale) => [view, locale] as const)))(
    'exist for every slide of the %s deck (%s)',
    (view, locale) => {
      const { data, slides } = deck(view);
      for (const slide of slides) {
        const n = notesOf(slide, data, locale, view);
        expect(n.finding.length).toBeGreaterThan(0);
        expect(n.warnings).not.toContain(presenterMessages[locale].notesFailed);
      }
    },
  );
});

describe('the notes’ dictionaries', () => {
  it.each([['notes', notesMessages], ['presenter', presenterMessages]] as const)('%s: the same keys in Italian and English', (_, m) => {
    expect(Object.keys(m.en).sort()).toEqual(Object.keys(m.it).sort());
  });
});
