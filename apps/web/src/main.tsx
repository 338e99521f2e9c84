import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'virtual:suomifi-tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/feedback.css';
import './styles/forms.css';
import './styles/projects.css';
import './styles/team.css';
import './styles/pages.css';
import './styles/research.css';
import './styles/synthesis.css';
import './styles/concepts.css';
import './styles/concept-tests.css';
import './styles/feedback-forms.css';
import './styles/personas.css';
import './styles/ideas.css';
import './styles/articles.css';
import './styles/board.css';
import './styles/method-cards.css';
import { clearSession } from './features/session/session.ts';
import { loadCatalog, shellOnly } from './i18n/catalogs.ts';
import { initialLocale } from './i18n/locale-storage.ts';
import { LocaleProvider } from './i18n/LocaleProvider.tsx';
import { paths } from './paths.ts';
import { createQueryClient } from './query-client.ts';
import { createAppRouter, preloadFirstPage } from './router.tsx';

const queryClient = createQueryClient(() => {
  const here = window.location.pathname + window.location.search;
  clearSession(queryClient);
  if (!here.startsWith('/login')) void router.navigate({ href: paths.login(here) });
});
const router = createAppRouter(queryClient);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');

// The page's code and data (the router's load) and the frame's messages in its language load
// side by side; the first render waits for the messages only. (No top-level await: it would turn off
// rolldown's merging of the first page's modules into one file.)
void router.load();
preloadFirstPage(router);
void loadCatalog(initialLocale(), shellOnly).then(() =>
  createRoot(container).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <LocaleProvider>
          {/* React Aria's providers are per area (features/layout/AriaProviders.tsx). */}
          <RouterProvider router={router} />
        </LocaleProvider>
      </QueryClientProvider>
    </StrictMode>,
  ),
);
