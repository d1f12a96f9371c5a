import { useMessages } from '../../lib/i18n';
import { useFiltersStore } from '../../store/filters-store';
import { shellMessages } from '../../lib/shell-messages';

/** Says which URL parameters were ignored, instead of silently showing something else. */
export function UrlNotice() {
  const t = useMessages(shellMessages);
  const rejected = useFiltersStore((s) => s.rejected);
  const dismiss = useFiltersStore((s) => s.dismissRejected);
  if (rejected.length === 0) return null;
  const list = rejected.map((r) => `«${r.param}=${r.value}»`).join(', ');
  return (
    <div role="status" className="notice">
      <p>{t.rejected(list)}</p>
      <button type="button" onClick={dismiss}>{t.dismiss}</button>
    </div>
  );
}
