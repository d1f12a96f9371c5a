import type { SlideNotes } from '../../../components/ui/panel';
import { useMessages } from '../../../lib/i18n';
import { presenterMessages } from '../presenter-messages';

/** The notes built from the data, as plain text: the finding, the figures, the sources, the warnings. */
export function SpeakerNotes({ notes }: { notes: SlideNotes }) {
  const t = useMessages(presenterMessages);
  return (
    <div className="speaker-notes" data-testid="speaker-notes">
      <h3>{t.finding}</h3>
      <p>{notes.finding}</p>
      {notes.figures.length > 0 && (
        <>
          <h3>{t.figures}</h3>
          <ul>{notes.figures.map((f) => <li key={f}>{f}</li>)}</ul>
        </>
      )}
      {notes.sources.length > 0 && (
        <>
          <h3>{t.sources}</h3>
          <ul>{notes.sources.map((s) => <li key={s}>{s}</li>)}</ul>
        </>
      )}
      <h3>{t.warnings}</h3>
      {notes.warnings.length > 0 ? (
        <ul className="speaker-warnings">{notes.warnings.map((w) => <li key={w}>⚠ {w}</li>)}</ul>
      ) : (
        <p>{t.noWarnings}</p>
      )}
    </div>
  );
}
