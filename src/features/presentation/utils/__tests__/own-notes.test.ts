import { describe, expect, it } from 'vitest';
import { deckKey, exportOwnNotes, importOwnNotes, readOwnNotes, slideKey, withNote } from '../own-notes';

describe('the presenter’s own notes', () => {
  it('are keyed by deck and slide', () => {
    expect(deckKey('riunione', 'members')).toBe('riunione');
    expect(deckKey('vista', 'members')).toBe('vista:members');
    expect(slideKey('members', 'totals')).toBe('members:totals');
    expect(slideKey(null, 'titolo')).toBe('deck:titolo');
  });

  it('are set, replaced and removed by an empty text', () => {
    const one = withNote({}, 'riunione', 'members:totals', 'Ricordare il calo');
    expect(one).toEqual({ riunione: { 'members:totals': 'Ricordare il calo' } });
    expect(withNote(one, 'riunione', 'members:totals', '  ')).toEqual({});
  });

  it('survive a round trip through their JSON file, merged into the current ones', () => {
    const mine = withNote({}, 'vista:covid', 'covid:disputes', 'A');
    const file = exportOwnNotes(withNote({}, 'riunione', 'deck:titolo', 'B'));
    expect(importOwnNotes(mine, file)).toEqual({ ok: true, count: 1, notes: { 'vista:covid': { 'covid:disputes': 'A' }, riunione: { 'deck:titolo': 'B' } } });
  });

  it.each([
    ['text that is not JSON', 'nope'],
    ['another kind of file', JSON.stringify({ kind: 'altro', version: 1, notes: {} })],
    ['a note that is not text', JSON.stringify({ kind: 'cruscotto-note-relatore', version: 1, notes: { riunione: { a: 3 } } })],
  ])('refuse %s, saying why', (_, text) => {
    const result = importOwnNotes({}, text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.length).toBeGreaterThan(0);
  });

  it('read from storage fall back to none when what is stored is damaged', () => {
    expect(readOwnNotes(null)).toEqual({});
    expect(readOwnNotes('{broken')).toEqual({});
    expect(readOwnNotes(JSON.stringify({ riunione: { a: 'x' } }))).toEqual({ riunione: { a: 'x' } });
  });
});
