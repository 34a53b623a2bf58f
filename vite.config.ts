import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { consoleServer } from './server/proxy/vite-plugin.ts';

const port = Number(process.env.PORT ?? 5173);

// Vendor groups keep the app's own chunks small and let the browser cache libraries
// across deploys; routes are split by React.lazy on top of this.
const vendorGroups = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
  { name: 'router', test: /node_modules[\\/](react-router|cookie|set-cookie-parser)[\\/]/ },
  { name: 'query', test: /node_modules[\\/]@tanstack[\\/]/ },
  {
    name: 'mantine',
    test: /node_modules[\\/](@mantine|@floating-ui|react-remove-scroll|react-number-format|react-transition-group|clsx|tabbable|react-style-singleton|use-callback-ref|use-sidecar|tslib|get-nonce|detect-node-es)[\\/]/,
  },
];

export default defineConfig({
  plugins: [react(), consoleServer()],
  server: { port, strictPort: true, host: process.env.HOST ?? 'localhost' },
  preview: { port: Number(process.env.PORT ?? 4173), strictPort: true },
  build: {
    sourcemap: false,
    rolldownOptions: { output: { codeSplitting: { groups: vendorGroups } } },
  },
});
