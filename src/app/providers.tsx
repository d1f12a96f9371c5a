import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { StoreContexts } from '../components/connected/store-contexts';
import { RETRY_DELAY, shouldRetry } from '../data/queries';
import { DatasetsProvider } from '../data/use-datasets';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    // retryOnMount off: panels mount after a file failed and would each ask again; retrying is shouldRetry's decision.
    defaultOptions: { queries: { retry: shouldRetry, retryDelay: RETRY_DELAY, refetchOnWindowFocus: false, retryOnMount: false } },
  });
}

/** The app's one cache (tests and the build-time render bring their own). */
export const queryClient = createQueryClient();

export function Providers({ children, client = queryClient }: { children: ReactNode; client?: QueryClient }) {
  return (
    <QueryClientProvider client={client}>
      <DatasetsProvider>
        <StoreContexts>{children}</StoreContexts>
      </DatasetsProvider>
    </QueryClientProvider>
  );
}
