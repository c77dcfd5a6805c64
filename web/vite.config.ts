import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
/** Where `overturn serve` listens by default; `vite` (dev) forwards the API there. */
const apiServer = 'http://127.0.0.1:4173';

/**
 * The web app. The server's CSP allows scripts and styles from 'self' only, so the build must
 * emit external files: no inline scripts, no inline styles, no CSS-in-JS.
 */
export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    // Every browser that runs this app supports <link rel="modulepreload">.
    modulePreload: { polyfill: false },
  },
  server: {
    proxy: {
      // The API refuses writes whose Origin is another host; the dev proxy speaks for the page.
      '/api': {
        target: apiServer,
        changeOrigin: true,
        configure: (proxy) => {
          proxy.on('proxyReq', (request) => request.setHeader('origin', apiServer));
        },
      },
    },
  },
});
