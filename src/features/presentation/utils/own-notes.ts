import { z } from 'zod';

/**
 * The presenter's own notes, one per slide of a deck, kept in localStorage and carried between
 * machines as a small JSON file. Never rendered in the audience window.
 */
export const OWN_NOTES_KEY = 'cruscotto.note-relatore';
export const OWN_NOTES_FILE = 'note-relatore.json';
const MAX_NOTE = 5000;

/** deck key → slide key → text. */
export const ownNotesSchema = z.record(z.string().max(120), z.record(z.string().max(120), z.string().max(MAX_NOTE)));
export type OwnNotes = z.infer<typeof ownNotesSchema>;

export const ownNotesFileSchema = z.object({
  kind: z.literal('cruscotto-note-relatore'),
  version: z.literal(1),
  notes: ownNotesSchema,
});

/** The deck a note belongs to: the meeting deck, or a view's own deck ("vista:members"). */
export function deckKey(deck: string, view: string): string {
  return deck === 'vista' ? `vista:${view}` : deck;
}

/** The slide a note belongs to: its view and id (ids are unique within a view). */
export function slideKey(view: string | null, slideId: string): string {
  return `${view ?? 'deck'}:${slideId}`;
}

export function readOwnNotes(raw: string | null): OwnNotes {
  if (!raw) return {};
  try {
    const parsed = ownNotesSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/** The notes with one note set (an empty text removes it). */
export function withNote(notes: OwnNotes, deck: string, slide: string, text: string): OwnNotes {
  const ofDeck = { ...notes[deck] };
  if (text.trim() === '') delete ofDeck[slide];
  else ofDeck[slide] = text.slice(0, MAX_NOTE);
  const next = { ...notes, [deck]: ofDeck };
  if (Object.keys(ofDeck).length === 0) delete next[deck];
  return next;
}

export function exportOwnNotes(notes: OwnNotes): string {
  return JSON.stringify({ kind: 'cruscotto-note-relatore', version: 1, notes }, null, 2);
}

export type ImportResult = { ok: true; notes: OwnNotes; count: number } | { ok: false; reason: string };

/** A notes file read and checked; its notes are added to the current ones (the file wins on the same slide). */
export function importOwnNotes(current: OwnNotes, text: string): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'JSON' };
  }
  const parsed = ownNotesFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `${issue?.path.join('.') || '/'}: ${issue?.message ?? ''}` };
  }
  const merged: OwnNotes = { ...current };
  let count = 0;
  for (const [deck, slides] of Object.entries(parsed.data.notes)) {
    merged[deck] = { ...merged[deck], ...slides };
    count += Object.keys(slides).length;
  }
  return { ok: true, notes: merged, count };
}
