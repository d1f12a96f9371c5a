import { describe, expect, it } from 'vitest';
import { handleMessage, nextStamp, sharedUrl, stateMessage, type SyncLocal } from '../window-sync';

const presenter: SyncLocal = { id: 'p', role: 'presenter', url: '/?anno=2020&presenta=1&slide=3', at: 100 };
const audience: SyncLocal = { id: 'a', role: 'audience', url: '/?anno=2020&presenta=1&slide=3', at: 100 };

describe('a window receiving a message', () => {
  it('answers a new window’s hello with its state, and notes the peer', () => {
    expect(handleMessage(presenter, { type: 'hello', from: 'a2', role: 'audience' })).toEqual({
      at: 100,
      reply: { type: 'state', from: 'p', role: 'presenter', url: presenter.url, at: 100 },
      peer: { role: 'audience', present: true },
    });
  });

  it.each([
    ['a later state with another slide', { at: 150, url: '/?anno=2020&presenta=1&slide=4' }, { apply: '/?anno=2020&presenta=1&slide=4', at: 150 }],
    ['a later state with the same address (no change to make)', { at: 150, url: presenter.url }, { at: 150 }],
    ['an older state (ours is newer: nothing to take)', { at: 50, url: '/?presenta=1&slide=1' }, { at: 100 }],
  ])('takes %s', (_, msg, expected) => {
    const out = handleMessage(audience, { type: 'state', from: 'p', role: 'presenter', ...msg });
    expect({ apply: out.apply, at: out.at }).toEqual({ apply: undefined, ...expected });
  });

  it('lets a reopened window (which knows nothing yet) take the other’s state', () => {
    const reopened: SyncLocal = { ...audience, id: 'a3', url: '/?presenta=1&slide=1', at: 0 };
    const answer = handleMessage(presenter, { type: 'hello', from: 'a3', role: 'audience' }).reply;
    expect(handleMessage(reopened, answer).apply).toBe(presenter.url);
  });

  it('breaks a tie in the presenter’s favour', () => {
    const tie = { type: 'state', at: 100, url: '/?presenta=1&slide=9' } as const;
    expect(handleMessage(audience, { ...tie, from: 'p', role: 'presenter' }).apply).toBe('/?presenta=1&slide=9');
    expect(handleMessage(presenter, { ...tie, from: 'a', role: 'audience' }).apply).toBeUndefined();
  });

  it('hears a window closing', () => {
    expect(handleMessage(presenter, { type: 'bye', from: 'a', role: 'audience' })).toEqual({ at: 100, peer: { role: 'audience', present: false } });
  });

  it.each([
    ['its own message', stateMessage({ ...presenter, at: 999, url: '/x' }), presenter],
    ['something else on the channel', { hello: 'world' }, audience],
    ['a state with an address on another site', { type: 'state', from: 'x', role: 'presenter', url: 'https://example.org/', at: 999 }, audience],
    ['null', null, audience],
  ])('ignores %s', (_, msg, local) => {
    expect(handleMessage(local, msg)).toEqual({ at: local.at });
  });
});

describe('stamps and addresses', () => {
  it('never go back in time', () => {
    expect(nextStamp(100, 50)).toBe(101);
    expect(nextStamp(100, 500)).toBe(500);
  });

  it.each([
    ['/?anno=2020&presenta=1&relatore=1&slide=2', '/?anno=2020&presenta=1&slide=2'],
    ['/associati?relatore=1', '/associati'],
    ['/covid?presenta=1', '/covid?presenta=1'],
  ])('share %s as %s (the presenter’s marker stays with the presenter)', (url, shared) => {
    expect(sharedUrl(url)).toBe(shared);
  });
});
