import type { DataLoadError } from '../../data/fetch-json';
import { useMessages } from '../../lib/i18n';
import { uiMessages } from './messages';

/** The readable message for datasets that failed: which file, what went wrong, the first problems. */
export function DataErrors({ errors }: { errors: readonly DataLoadError[] }) {
  const t = useMessages(uiMessages);
  if (errors.length === 0) return null;
  return (
    <div role="alert" className="data-errors">
      <h2>{t.dataError}</h2>
      <ul>
        {errors.map((e) => (
          <li key={e.url + e.kind}>
            <code>{e.url.split('/').pop()}</code>:{' '}
            {e.kind === 'http' ? t.errorKind.http(String(e.status ?? '?')) : t.errorKind[e.kind]}
            {e.issues.length > 0 && (
              <ul>
                {e.issues.map((i) => (
                  <li key={i.path + i.message}>
                    <code>{i.path}</code> — {i.message}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      <p>{t.othersWork}</p>
    </div>
  );
}
