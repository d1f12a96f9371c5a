import { useEffect } from 'react';
import { useMessages } from '../lib/i18n';
import { shellMessages } from '../lib/shell-messages';
import { useFiltersStore } from './filters-store';

/** The document follows the choices: its language, its theme (html[data-theme], read by the stylesheet and the charts) and its title. */
export function useDocumentPrefs(): void {
  const lang = useFiltersStore((s) => s.lang);
  const theme = useFiltersStore((s) => s.theme);
  const view = useFiltersStore((s) => s.view);
  const t = useMessages(shellMessages);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dataset.theme = theme;
    document.title = `${t.views[view]} · ${t.product}`;
  }, [lang, theme, view, t]);
}
