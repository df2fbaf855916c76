import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    // End-to-end tests start the real server and real WebSocket clients: give them room on busy machines.
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
