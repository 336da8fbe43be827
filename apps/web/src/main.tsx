import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app.tsx';
import { i18nReady } from './i18n/index.ts';
import { SessionProvider } from './modules/auth/session.tsx';
import './ui/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Rendered once the chosen language is there (at once for Swedish), so no page flashes in the
// other. As a transition, so React renders the first screen in slices and yields to the browser
// in between, instead of one long task that holds up input on a slow phone.
void i18nReady.then(() =>
  startTransition(() =>
    createRoot(root).render(
      <StrictMode>
        <BrowserRouter>
          <SessionProvider>
            <App />
          </SessionProvider>
        </BrowserRouter>
      </StrictMode>,
    ),
  ),
);
