// First: schemas built by the modules below must see it (see the module).
import './lib/zod-without-eval.ts';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProvider } from './app/provider.tsx';
import { AppRouter } from './app/router.tsx';
import { createQueryClient } from './lib/query-client.ts';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element to render the console into.');

createRoot(container).render(
  <StrictMode>
    <AppProvider queryClient={createQueryClient()}>
      <AppRouter />
    </AppProvider>
  </StrictMode>,
);
