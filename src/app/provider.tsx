import { localStorageColorSchemeManager, MantineProvider } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, type ReactNode } from 'react';
import { colorSchemeStorageKey } from '../../contracts/color-scheme.ts';
import { cssVariablesResolver, theme } from '../theme.ts';

// Toasts are not needed to paint a page: their container loads after the first route.
const ToastContainer = lazy(async () => ({
  default: (await import('./shell/ToastContainer.tsx')).ToastContainer,
}));

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
        cssVariablesResolver={cssVariablesResolver}
        env={env}
        colorSchemeManager={colorSchemeManager}
        defaultColorScheme="auto"
      >
        <Suspense fallback={null}>
          <ToastContainer />
        </Suspense>
        {children}
      </MantineProvider>
    </QueryClientProvider>
  );
}
