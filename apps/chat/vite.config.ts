import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The api serves the build under /chat/; in development Vite proxies the api's routes so the session
// cookie stays first-party (same origin, no CORS).
const api = 'http://127.0.0.1:8000';

export default defineConfig({
  base: '/chat/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
  server: {
    // `pnpm dev` opens the app through the api on :8000, which proxies /chat/ here; HMR talks to this port.
    port: 5173,
    strictPort: true,
    hmr: { clientPort: 5173 },
    // `^/$` is the api's landing page (the user picker that "Pick a user" links to).
    proxy: { '/api': api, '/broadcasting': api, '/up': api, '^/$': api },
  },
});
