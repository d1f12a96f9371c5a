// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useFiltersStore } from '../filters-store';
import { DEFAULT_STATE } from '../url-state';
import { startUrlSync } from '../url-sync';

let stop: () => void = () => {};

beforeEach(() => {
  localStorage.clear();
  useFiltersStore.setState({ ...DEFAULT_STATE, extra: {}, rejected: [], notFound: false });
});
afterEach(() => stop());

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const waitForPop = () => new Promise<void>((resolve) => window.addEventListener('popstate', () => resolve(), { once: true }));

describe('URL sync', () => {
  it('applies choices made before the app ran over the URL and the remembered theme, as one history entry', async () => {
    localStorage.setItem('cruscotto.prefs', JSON.stringify({ theme: 'dark' }));
    history.replaceState(null, '', '/associati?area=members');
    const before = history.length;
    stop = startUrlSync(new Map([['anno', '2019'], ['area', '']]));
    await nextTask();
    const s = useFiltersStore.getState();
    expect([s.view, s.year, s.area, s.theme]).toEqual(['members', 2019, null, 'dark']);
    expect(location.pathname + location.search).toBe('/associati?anno=2019&tema=dark');
    expect(history.length).toBe(before + 1);
    const popped = waitForPop();
    history.back();
    await popped;
    expect([useFiltersStore.getState().year, useFiltersStore.getState().area]).toEqual([null, 'members']);
  });

  it('reads the URL into the store on start, reporting bad parameters', () => {
    history.replaceState(null, '', '/associati?anno=2020&area=nope');
    stop = startUrlSync();
    const s = useFiltersStore.getState();
    expect([s.view, s.year, s.area]).toEqual(['members', 2020, null]);
    expect(s.rejected).toEqual([{ param: 'area', value: 'nope' }]);
    expect(location.search).toBe('?anno=2020');
  });

  it('leaves an address already in its canonical form alone on start, and rewrites one that is not', () => {
    const replace = vi.spyOn(history, 'replaceState');
    try {
      history.replaceState(null, '', '/associati?anno=2020#soci');
      replace.mockClear();
      stop = startUrlSync();
      expect(replace).not.toHaveBeenCalled();
      stop();
      history.replaceState(null, '', '/associati/?area=nope&anno=2020#soci');
      replace.mockClear();
      stop = startUrlSync();
      expect(replace).toHaveBeenCalledTimes(1);
      expect(location.pathname + location.search + location.hash).toBe('/associati?anno=2020#soci');
    } finally {
      replace.mockRestore();
    }
  });

  it('writes each change as a history entry, and Back restores the previous filters', async () => {
    history.replaceState(null, '', '/');
    stop = startUrlSync();
    useFiltersStore.getState().setYear(2019);
    await nextTask();
    expect(location.pathname + location.search).toBe('/?anno=2019');
    useFiltersStore.getState().setView('members');
    await nextTask();
    expect(location.pathname + location.search).toBe('/associati?anno=2019');
    const popped = waitForPop();
    history.back();
    await popped;
    expect(useFiltersStore.getState().view).toBe('overview');
    expect(useFiltersStore.getState().year).toBe(2019);
  });

  it('writes the address bar after the change, in a task of its own', async () => {
    history.replaceState(null, '', '/');
    stop = startUrlSync();
    useFiltersStore.getState().setYear(2018);
    expect(location.search).toBe('');
    await nextTask();
    expect(location.search).toBe('?anno=2018');
  });

  it('makes one history entry of the changes of one task (a link that sets the view and a parameter)', async () => {
    history.replaceState(null, '', '/');
    stop = startUrlSync();
    const before = history.length;
    useFiltersStore.getState().setView('members');
    useFiltersStore.getState().setExtra('metrica', 'dipendenti');
    await nextTask();
    expect(location.pathname + location.search).toBe('/associati?metrica=dipendenti');
    expect(history.length).toBe(before + 1);
  });

  it('remembers language and theme when the URL does not say', async () => {
    history.replaceState(null, '', '/');
    stop = startUrlSync();
    useFiltersStore.getState().setLang('en');
    useFiltersStore.getState().setTheme('dark');
    await nextTask();
    stop();
    useFiltersStore.setState({ ...DEFAULT_STATE, extra: {} });
    history.replaceState(null, '', '/');
    stop = startUrlSync();
    expect(useFiltersStore.getState().lang).toBe('en');
    expect(useFiltersStore.getState().theme).toBe('dark');
    expect(location.search).toBe('?lingua=en&tema=dark');
  });

  it('lets the URL win over the remembered language', () => {
    localStorage.setItem('cruscotto.prefs', JSON.stringify({ lang: 'en' }));
    history.replaceState(null, '', '/?lingua=it');
    stop = startUrlSync();
    expect(useFiltersStore.getState().lang).toBe('it');
  });
});
