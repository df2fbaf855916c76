import { defineConfig } from 'tsdown';

export default defineConfig({
  // `server.ts` is what `pnpm start` runs; `index.ts` is for the lead's one-origin start script.
  entry: ['src/index.ts', 'src/server.ts', 'src/demo/main.ts'],
  format: 'esm',
  dts: true,
  platform: 'node',
  sourcemap: true,
  fixedExtension: false,
});
