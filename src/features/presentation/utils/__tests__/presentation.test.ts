import { describe, expect, it } from 'vitest';
import type { PanelDef } from '../../../../components/ui/panel';
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

describe('slides', () => {
  it('are the current view’s panels, in order', () => {
    expect(buildSlides('vista', 'members', panels).map((s) => s.panel.id)).toEqual(['m1', 'm2', 'm3']);
    expect(buildSlides('vista', 'labour', panels).map((s) => s.view)).toEqual(['labour']);
  });

  it('of the meeting deck run overview → members → communication → scorecard', () => {
    expect(buildSlides('riunione', 'labour', panels).map((s) => s.panel.id)).toEqual(['o1', 'o2', 'm1', 'm2', 'm3', 'c1', 's1', 's2']);
  });

  it('are empty for a view without panels', () => {
    expect(buildSlides('vista', 'sources', panels)).toEqual([]);
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
    expect(Object.values(presentationParams(state({ active: false })))).toEqual([null, null, null, null, null, null]);
  });
});
