import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { shouldRetry } from '../data/queries';
import { DatasetsProvider } from '../data/use-datasets';
import { FilterSummaryContext } from '../components/ui/filter-summary';
import { NavigationContext } from '../components/ui/view-link';
import { LocaleContext } from '../lib/i18n';
import { useFiltersStore } from '../store/filters-store';
import { useFilterSummary } from '../store/use-filter-summary';
import { useNavigation } from '../store/use-navigation';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    // retryOnMount off: panels mount after the data (or its error) arrives, and each would ask
    // again for a file that has just failed; retries are shouldRetry's decision alone.
    defaultOptions: { queries: { retry: shouldRetry, retryDelay: 300, refetchOnWindowFocus: false, retryOnMount: false } },
  });
}

/** The app's one cache (tests and the build-time render bring their own). */
export const queryClient = createQueryClient();

/** What shared components read of the store, handed down as context (they import no store). */
function FromStore({ children }: { children: ReactNode }) {
  return (
    <NavigationContext value={useNavigation()}>
      <FilterSummaryContext value={useFilterSummary()}>{children}</FilterSummaryContext>
    </NavigationContext>
  );
}

export function Providers({ children, client = queryClient }: { children: ReactNode; client?: QueryClient }) {
  const lang = useFiltersStore((s) => s.lang);
  return (
    <QueryClientProvider client={client}>
      <LocaleContext value={lang}>
        <DatasetsProvider>
          <FromStore>{children}</FromStore>
        </DatasetsProvider>
      </LocaleContext>
    </QueryClientProvider>
  );
}
