import { setupServer } from 'msw/node';
import { handlers } from './handlers.ts';
import { pageHandlers } from './page-handlers.ts';

export const server = setupServer(...handlers, ...pageHandlers);
