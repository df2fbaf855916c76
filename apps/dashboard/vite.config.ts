import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

// The api (default http://127.0.0.1:8000) serves the built app under /dashboard/. In dev, Vite serves it and
// proxies the api's paths, so the session cookie stays first-party and the api needs no CORS.
const api = 'http://127.0.0.1:8000';

export default defineConfig({
  base: '/dashboard/',
  plugins: [svelte()],
  build: { outDir: 'dist', emptyOutDir: true },
  server: {
    // `pnpm dev` opens the app through the api on :8000, which proxies /dashboard/ here; HMR talks to this port.
    port: 5175,
    strictPort: true,
    hmr: { clientPort: 5175 },
    proxy: { '/api': api, '/broadcasting': api, '/up': api },
  },
});
