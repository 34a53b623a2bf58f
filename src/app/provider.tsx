import { localStorageColorSchemeManager, MantineProvider } from '@mantine/core';
import { notificationsStore } from '@mantine/notifications';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useSyncExternalStore, type ReactNode } from 'react';
import { colorSchemeStorageKey } from '../../contracts/color-scheme.ts';
import { theme } from '../theme.ts';

// Toasts are not needed to paint a page: their container (Mantine's, with its transitions, some
// 12 KB gzip) loads with the first toast, which waits in Mantine's store until it is drawn. Each
// toast is an alert, read out when it appears, so no live region needs to be there before it.
const ToastContainer = lazy(async () => ({
  default: (await import('./shell/ToastContainer.tsx')).ToastContainer,
}));

/** From the first toast on, true: the container then stays, to close its toasts in turn. */
let toastShown = false;
const anyToastShown = () => {
  const { notifications, queue } = notificationsStore.getState();
  toastShown ||= notifications.length + queue.length > 0;
  return toastShown;
};

function Toasts() {
  const shown = useSyncExternalStore(notificationsStore.subscribe, anyToastShown, anyToastShown);
  return (
    shown && (
      <Suspense fallback={null}>
        <ToastContainer />
      </Suspense>
    )
  );
}

const colorSchemeManager = localStorageColorSchemeManager({ key: colorSchemeStorageKey });

export interface AppProviderProps {
  queryClient: QueryClient;
  /** `test` turns off Mantine's transitions and portals so tests see content at once. @default 'default' */
  env?: 'default' | 'test';
  children: ReactNode;
}

export function AppProvider({ queryClient, env = 'default', children }: AppProviderProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <MantineProvider
        theme={theme}
        // The theme's CSS variables are in the stylesheet, worked out at build time
        // (scripts/theme-variables.ts): computing them here cost ~20 ms of every first render.
        withCssVariables={false}
        env={env}
        colorSchemeManager={colorSchemeManager}
        defaultColorScheme="auto"
      >
        <Toasts />
        {children}
      </MantineProvider>
    </QueryClientProvider>
  );
}
