import { describe, expect, it } from 'vitest';
import type { PanelDef } from '../../../../components/ui/panel';
import { NO_FILTERS } from '../../../../data/facts';
import { buildSlides } from '../deck';
import { autoStep, commandForKey, moveSlide } from '../navigation';
import { parsePresentation, presentationParams, type PresentationState } from '../presentation-state';

const panel = (id: string): PanelDef => ({ id, title: { it: id, en: id }, Component: () => null });
const panels = {
  overview: [panel('o1'), panel('o2')],
  members: [panel('m1'), panel('m2'), panel('m3')],
  communication: [panel('c1')],
  scorecard: [panel('s1'), panel('s2')],
  labour: [panel('l1')],
};

const data = { datasets: [], filters: NO_FILTERS };
const title = { id: 'titolo', title: { it: 'Riunione', en: 'Meeting' }, Component: () => null };
const ids = (slides: ReturnType<typeof buildSlides>) => slides.map((s) => s.slide.id);

describe('slides', () => {
  it('open with the title slide, then the current view’s panels, in order', () => {
    expect(ids(buildSlides('vista', 'members', panels, data, title))).toEqual(['titolo', 'm1', 'm2', 'm3']);
    expect(buildSlides('vista', 'labour', panels, data, title).map((s) => s.view)).toEqual([null, 'labour']);
  });

  it('of the meeting deck run overview → members → communication → scorecard', () => {
    expect(ids(buildSlides('riunione', 'labour', panels, data, title))).toEqual(['titolo', 'o1', 'o2', 'm1', 'm2', 'm3', 'c1', 's1', 's2']);
  });

  it('are empty for a view without panels (no lone title slide)', () => {
    expect(buildSlides('vista', 'sources', panels, data, title)).toEqual([]);
  });

  it('take a panel’s own slides: several pages, or none', () => {
    const paged: PanelDef = { ...panel('long'), slides: ({ filters }) => [1, 2, 3].map((n) => ({ id: `long-${n}-${filters.year}`, title: { it: '', en: '' }, Component: () => null })) };
    const hidden: PanelDef = { ...panel('controls-only'), slides: () => [] };
    const slides = buildSlides('vista', 'covid', { covid: [paged, hidden, panel('x')] }, { datasets: [], filters: { ...NO_FILTERS, year: 2019 } }, title);
    expect(ids(slides)).toEqual(['titolo', 'long-1-2019', 'long-2-2019', 'long-3-2019', 'x']);
  });
});

describe('moving between slides', () => {
  it.each([
    [1, 5, 'next', 2],
    [5, 5, 'next', 5],
    [1, 5, 'previous', 1],
    [3, 5, 'previous', 2],
    [3, 5, 'first', 1],
    [3, 5, 'last', 5],
    [9, 5, 'previous', 4],
    [1, 0, 'next', 1],
  ] as const)('from %s of %s, %s → %s', (from, total, cmd, to) => {
    expect(moveSlide(from, total, cmd)).toBe(to);
  });

  it.each([
    ['ArrowRight', 'next'], [' ', 'next'], ['PageDown', 'next'],
    ['ArrowLeft', 'previous'], ['PageUp', 'previous'],
    ['Home', 'first'], ['End', 'last'], ['x', null],
  ] as const)('key %j → %s', (key, cmd) => {
    expect(commandForKey(key)).toBe(cmd);
  });
});

describe('auto-advance', () => {
  it.each([
    [1, 3, null, null, { slide: 2 }],
    [3, 3, null, null, { slide: 1 }],
    [3, 3, [2018, 2019, 2020], 2019, { slide: 1, cycleTo: 2020 }],
    [3, 3, [2018, 2019, 2020], 2020, { slide: 1, cycleTo: 2018 }],
    [3, 3, [2018, 2019, 2020], null, { slide: 1, cycleTo: 2018 }],
    [2, 3, [2018, 2019], 2018, { slide: 3 }],
  ] as const)('slide %s of %s cycling %j from %s', (slide, total, values, current, expected) => {
    expect(autoStep(slide, total, values, current)).toEqual(expected);
  });
});

describe('presentation URL state', () => {
  const state = (over: Partial<PresentationState>): PresentationState => ({ active: true, deck: 'vista', slide: 1, interval: 10, auto: false, cycle: null, ...over });

  it.each([
    state({}),
    state({ deck: 'riunione', slide: 3 }),
    state({ auto: true, interval: 30, cycle: 'anno' }),
    state({ cycle: 'area', slide: 12 }),
  ])('round-trips %j', (s) => {
    const params = Object.fromEntries(Object.entries(presentationParams(s)).filter((e): e is [string, string] => e[1] !== null));
    expect(parsePresentation(params)).toEqual(s);
  });

  it.each([
    [{ presenta: '1', slide: '-2' }, { slide: 1 }],
    [{ presenta: '1', slide: 'tre' }, { slide: 1 }],
    [{ presenta: '1', intervallo: '7' }, { interval: 10 }],
    [{ presenta: '1', mazzo: 'tutto' }, { deck: 'vista' }],
    [{ presenta: '1', ciclo: 'mese' }, { cycle: null }],
    [{ presenta: 'yes' }, { active: false }],
  ])('falls back to defaults for %j', (extra, expected) => {
    expect(parsePresentation(extra)).toMatchObject(expected);
  });

  it('clears every parameter when leaving', () => {
    expect(Object.values(presentationParams(state({ active: false }))).every((v) => v === null)).toBe(true);
    expect(Object.keys(presentationParams(state({ active: false })))).toEqual(expect.arrayContaining(['presenta', 'mazzo', 'slide', 'schermo']));
  });

  it('reads the lobby screen link ?schermo=tv as the summary deck, and writes it back the same way', () => {
    const tv = parsePresentation({ schermo: 'tv' });
    expect([tv.active, tv.deck]).toEqual([true, 'tv']);
    expect(presentationParams(tv)).toMatchObject({ schermo: 'tv', presenta: null, mazzo: null });
    expect(parsePresentation({ schermo: 'altro' }).active).toBe(false);
  });
});
