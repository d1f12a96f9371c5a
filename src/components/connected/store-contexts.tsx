import type { ReactNode } from 'react';
import { LocaleContext } from '../../lib/i18n';
import { useFiltersStore } from '../../store/filters-store';
import { useFilterSummary } from '../../store/use-filter-summary';
import { useNavigation } from '../../store/use-navigation';
import { FilterSummaryContext } from '../ui/filter-summary';
import { NavigationContext } from '../ui/view-link';

/**
 * What the ground floor (lib, components/ui) needs of the store, handed down as context so that it
 * imports no store: the language, the navigation of view links, the filters in words.
 */
export function StoreContexts({ children }: { children: ReactNode }) {
  return (
    <LocaleContext value={useFiltersStore((s) => s.lang)}>
      <NavigationContext value={useNavigation()}>
        <FilterSummary>{children}</FilterSummary>
      </NavigationContext>
    </LocaleContext>
  );
}

/** Below the language's provider: the filters are put in words in the page's language. */
function FilterSummary({ children }: { children: ReactNode }) {
  return <FilterSummaryContext value={useFilterSummary()}>{children}</FilterSummaryContext>;
}
