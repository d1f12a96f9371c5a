import { useCallback, useState } from 'react';
import { exportOwnNotes, importOwnNotes, OWN_NOTES_KEY, readOwnNotes, withNote, type ImportResult, type OwnNotes } from '../utils/own-notes';

function load(): OwnNotes {
  try {
    return readOwnNotes(localStorage.getItem(OWN_NOTES_KEY));
  } catch {
    return {};
  }
}

function save(notes: OwnNotes): boolean {
  try {
    localStorage.setItem(OWN_NOTES_KEY, JSON.stringify(notes));
    return true;
  } catch {
    return false;
  }
}

/** The presenter's own notes: read once, written on every change; false from `set` when the browser refused. */
export function useOwnNotes() {
  const [notes, setNotes] = useState(load);
  const set = useCallback((deck: string, slide: string, text: string) => {
    const next = withNote(load(), deck, slide, text);
    setNotes(next);
    return save(next);
  }, []);
  const importText = useCallback((text: string): ImportResult => {
    const result = importOwnNotes(load(), text);
    if (result.ok) {
      setNotes(result.notes);
      if (!save(result.notes)) return { ok: false, reason: 'localStorage' };
    }
    return result;
  }, []);
  return { notes, set, importText, exportText: () => exportOwnNotes(notes) };
}
