// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useFiltersStore } from '../../../../store/filters-store';
import { DEFAULT_STATE } from '../../../../store/url-state';
import { SYNC_STORAGE_KEY } from '../../utils/window-sync';
import { useWindowSync } from '../use-window-sync';

/** The fallback transport: without BroadcastChannel, messages travel as localStorage writes and `storage` events. */
const sent = () => (JSON.parse(localStorage.getItem(SYNC_STORAGE_KEY) ?? '{}') as { msg?: Record<string, unknown> }).msg;
const receive = (msg: unknown) =>
  act(() => {
    window.dispatchEvent(new StorageEvent('storage', { key: SYNC_STORAGE_KEY, newValue: JSON.stringify({ msg, nonce: 1 }) }));
  });

beforeEach(() => {
  vi.stubGlobal('BroadcastChannel', undefined);
  localStorage.clear();
  useFiltersStore.setState({ ...DEFAULT_STATE, extra: { presenta: '1', slide: '2' } });
});
afterEach(() => {
  vi.unstubAllGlobals();
  useFiltersStore.setState({ ...DEFAULT_STATE, extra: {} });
});

describe('useWindowSync over storage events', () => {
  it('asks for the state on opening and takes a newer one from the presenter, keeping its own role', () => {
    const { result } = renderHook(() => useWindowSync('audience'));
    expect(sent()).toMatchObject({ type: 'hello', role: 'audience' });
    receive({ type: 'state', from: 'other', role: 'presenter', url: '/associati?anno=2019&presenta=1&slide=5', at: 10 });
    const s = useFiltersStore.getState();
    expect([s.view, s.year, s.extra.slide, s.extra.relatore]).toEqual(['members', 2019, '5', undefined]);
    expect(result.current).toBe(true);
    receive({ type: 'bye', from: 'other', role: 'presenter' });
    expect(result.current).toBe(false);
  });

  it('sends its own changes, without the presenter’s marker, and answers a hello', () => {
    useFiltersStore.setState({ extra: { presenta: '1', slide: '2', relatore: '1' } });
    renderHook(() => useWindowSync('presenter'));
    act(() => useFiltersStore.getState().setYear(2020));
    expect(sent()).toMatchObject({ type: 'state', role: 'presenter', url: '/?anno=2020&presenta=1&slide=2' });
    receive({ type: 'hello', from: 'new', role: 'audience' });
    expect(sent()).toMatchObject({ type: 'state', url: '/?anno=2020&presenta=1&slide=2' });
    // Taking the audience's later change keeps this window the presenter's.
    receive({ type: 'state', from: 'new', role: 'audience', url: '/?anno=2020&presenta=1&slide=3', at: Date.now() + 1000 });
    expect(useFiltersStore.getState().extra).toMatchObject({ slide: '3', relatore: '1' });
  });
});
