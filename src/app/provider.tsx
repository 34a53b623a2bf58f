import { localStorageColorSchemeManager, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { theme } from '../theme.ts';

const colorSchemeManager = localStorageColorSchemeManager({ key: 'daas-console-color-scheme' });

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
        env={env}
        colorSchemeManager={colorSchemeManager}
        defaultColorScheme="auto"
      >
        <Notifications />
        {children}
      </MantineProvider>
    </QueryClientProvider>
  );
}
