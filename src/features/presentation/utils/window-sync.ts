import { z } from 'zod';
import { PRESENTER_PARAM } from './presentation-state';

/**
 * Keeps the presenter's window and the audience's in step, without a server: each window posts its
 * state (the address less `relatore`) on a BroadcastChannel (or, where there is none, through
 * `storage` events), and takes a state newer than its own. A window that opens asks for the state
 * ("hello") and the others answer, so reopening either one resyncs it. This file is the pure part:
 * the messages and what a window does with one.
 */
export const SYNC_CHANNEL = 'cruscotto-presentazione';
/** The localStorage key the fallback writes messages through. */
export const SYNC_STORAGE_KEY = 'cruscotto.presentazione.sync';

export const ROLES = ['presenter', 'audience'] as const;
export type Role = (typeof ROLES)[number];

const base = { from: z.string().min(1).max(64), role: z.enum(ROLES) };
export const syncMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('hello'), ...base }),
  z.object({ type: z.literal('state'), ...base, url: z.string().startsWith('/').max(2000), at: z.number().nonnegative() }),
  z.object({ type: z.literal('bye'), ...base }),
]);
export type SyncMessage = z.infer<typeof syncMessageSchema>;

/** What a window knows of itself: its id, role, shared address and when that last changed (0: never here). */
export interface SyncLocal {
  id: string;
  role: Role;
  url: string;
  at: number;
}

export interface SyncOutcome {
  /** The shared address to take (the other window's is newer and differs). */
  apply?: string;
  /** The time of the state this window now holds. */
  at: number;
  reply?: SyncMessage;
  /** The other window said it is there (true) or gone (false). */
  peer?: { role: Role; present: boolean };
}

/** A state message for this window's state. */
export function stateMessage(local: SyncLocal): SyncMessage {
  return { type: 'state', from: local.id, role: local.role, url: local.url, at: local.at };
}

/** Whether a received state wins over this window's: later, or as old and the presenter's. */
function isNewer(local: SyncLocal, msg: { at: number; role: Role }): boolean {
  return msg.at > local.at || (msg.at === local.at && msg.role === 'presenter' && local.role !== 'presenter');
}

/** What to do with a received message (anything unreadable, or one's own, is ignored). */
export function handleMessage(local: SyncLocal, raw: unknown): SyncOutcome {
  const parsed = syncMessageSchema.safeParse(raw);
  if (!parsed.success || parsed.data.from === local.id) return { at: local.at };
  const msg = parsed.data;
  const peer = { role: msg.role, present: msg.type !== 'bye' };
  switch (msg.type) {
    case 'hello':
      return { at: local.at, reply: stateMessage(local), peer };
    case 'bye':
      return { at: local.at, peer };
    case 'state':
      if (!isNewer(local, msg)) return { at: local.at, peer };
      return msg.url === local.url ? { at: msg.at, peer } : { at: msg.at, apply: msg.url, peer };
  }
}

/** The time of a change made here: now, and never earlier than the state it replaces. */
export function nextStamp(previous: number, now: number): number {
  return Math.max(now, previous + 1);
}

/** The address without the presenter's marker: what both windows share. */
export function sharedUrl(pathAndQuery: string): string {
  const [path, query = ''] = pathAndQuery.split('?', 2) as [string, string?];
  const params = new URLSearchParams(query);
  params.delete(PRESENTER_PARAM);
  const rest = params.toString();
  return rest ? `${path}?${rest}` : path;
}
