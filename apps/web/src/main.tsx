import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { Provider as UrqlProvider } from 'urql';
import { App } from './app.tsx';
import './i18n/index.ts';
import { createClient } from './urql-client.ts';
import './ui/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <UrqlProvider value={createClient()}>
      <BrowserRouter>
        <App />
      </BrowserRouter>
    </UrqlProvider>
  </StrictMode>,
);
