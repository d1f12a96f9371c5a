import { useMemo } from 'react';
import type { Navigation } from '../components/ui/view-link';
import { selectUrlState, useFiltersStore, type FiltersState } from './filters-store';
import { serializeQuery } from './url-state';

const queryOf = (s: FiltersState, extra: Record<string, string>) => serializeQuery({ ...selectUrlState(s), extra });

/** What view links need of the store (components/ui/view-link.tsx): one query per change of the choices, shared by every link. */
export function useNavigation(): Navigation {
  const query = useFiltersStore((s) => queryOf(s, {}));
  return useMemo(
    () => ({
      query,
      // Links with parameters of their own are fewer; theirs is computed when they draw (after a change of `query`).
      queryWith: (extra) => queryOf(useFiltersStore.getState(), extra),
      go: (view, extra, href, hash) => {
        const { setView, setExtra } = useFiltersStore.getState();
        // The address first, fragment included: the URL sync then finds it already written and keeps it.
        if (hash) history.pushState(null, '', href);
        setView(view);
        for (const [k, v] of Object.entries(extra ?? {})) setExtra(k, v);
      },
    }),
    [query],
  );
}
