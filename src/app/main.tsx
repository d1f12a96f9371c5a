import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startUrlSync } from '../store/url-sync';
import { App } from './app';
import { Providers } from './providers';
import './styles.css';

startUrlSync();

const root = createRoot(document.getElementById('root')!);
// The built HTML already shows this view's first screen (src/app/prerender.tsx): render over it as a
// transition, in slices that leave the page responsive, and replace it in one commit.
startTransition(() =>
  root.render(
    <StrictMode>
      <Providers>
        <App />
      </Providers>
    </StrictMode>,
  ),
);
