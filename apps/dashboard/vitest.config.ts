import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The svelte plugin compiles the runes in `*.svelte.ts` modules (the dashboard feed).
  plugins: [svelte()],
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts'],
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
