import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, parseUrl, serializeUrl, type UrlState } from '../url-state';

const state = (over: Partial<UrlState>): UrlState => ({ ...DEFAULT_STATE, extra: {}, ...over });

describe('URL state', () => {
  it.each<[string, UrlState]>([
    ['defaults', state({})],
    ['a year', state({ year: 2020 })],
    ['every filter', state({ view: 'members', year: 2019, area: 'social', territory: 'lodi', organization: 'assolombarda', lang: 'en', theme: 'projector' })],
    ['view-owned parameters', state({ view: 'scorecard', extra: { sa: '1', stato: 'not_achieved', q: 'budget' } })],
    ['presentation', state({ view: 'overview', extra: { presenta: '1', slide: '3', mazzo: 'riunione' } })],
  ])('round-trips %s', (_, s) => {
    const url = new URL(serializeUrl(s), 'http://x');
    const parsed = parseUrl(url.pathname, url.search);
    expect(parsed.state).toEqual(s);
    expect(parsed.rejected).toEqual([]);
    expect(parsed.notFound).toBe(false);
  });

  it('writes defaults as a bare path', () => {
    expect(serializeUrl(state({}))).toBe('/');
    expect(serializeUrl(state({ view: 'members', year: 2020 }))).toBe('/associati?anno=2020');
  });

  it.each([
    ['anno=20x0', 'anno'],
    ['anno=1200', 'anno'],
    ['area=weather', 'area'],
    ['territorio=roma', 'territorio'],
    ['lingua=fr', 'lingua'],
    ['tema=neon', 'tema'],
    ['ente=<script>', 'ente'],
    ['foo=bar', 'foo'],
  ])('rejects %s to the default and reports it', (query, param) => {
    const parsed = parseUrl('/', `?${query}`);
    expect(parsed.state).toEqual(DEFAULT_STATE);
    expect(parsed.rejected.map((r) => r.param)).toEqual([param]);
  });

  it('keeps the good parameters next to a bad one', () => {
    const parsed = parseUrl('/associati', '?anno=2020&area=nope');
    expect(parsed.state.year).toBe(2020);
    expect(parsed.state.view).toBe('members');
    expect(parsed.rejected).toEqual([{ param: 'area', value: 'nope' }]);
  });

  it('flags an unknown path as not found', () => {
    expect(parseUrl('/nowhere', '').notFound).toBe(true);
    expect(parseUrl('/associati/', '').notFound).toBe(false);
  });
});
