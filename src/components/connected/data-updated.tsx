import { useDataUpdated } from '../../data/use-datasets';
import { formatDate } from '../../lib/format';
import { useLocale, useMessages } from '../../lib/i18n';
import { shellMessages } from '../../lib/shell-messages';

/** The data's as-of date: its own component, so that only it redraws when the manifest arrives. */
export function DataUpdated() {
  const t = useMessages(shellMessages);
  const locale = useLocale();
  const updated = useDataUpdated();
  return updated ? <p>{t.dataUpdated(formatDate(updated, locale))}</p> : null;
}
