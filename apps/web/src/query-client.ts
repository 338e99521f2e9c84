import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api/client.ts';

/**
 * @param onSessionLost called when the server answers 401 to a signed-in request (the
 *   session expired or was signed out elsewhere).
 */
export function createQueryClient(onSessionLost: () => void): QueryClient {
  const handle = (error: unknown, key?: readonly unknown[]) => {
    if (isApiError(error, 401) && key?.[0] !== 'me') onSessionLost();
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => handle(error, query.queryKey) }),
    mutationCache: new MutationCache({ onError: (error) => handle(error) }),
    defaultOptions: {
      queries: {
        // A 4xx will not change by asking again; network and server failures may.
        retry: (count, error) =>
          count < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
        refetchOnWindowFocus: true,
      },
    },
  });
}
