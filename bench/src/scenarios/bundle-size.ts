import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { round } from '../stats.js';
import { errorText, type Scenario } from './scenario.js';

const benchDir = fileURLToPath(new URL('../..', import.meta.url));

// Transport libraries every option needs anyway; "excluding laravel-echo/pusher-js" per the issue.
const TRANSPORT = ['pusher-js', 'socket.io-client'];
const SVELTE = ['svelte', 'svelte/*'];

/** One measured bundle: what it imports, and what stays outside it. */
interface BundleSpec {
  subject: string;
  imports: string[];
  external: string[];
  note?: string;
}

const BUNDLES: BundleSpec[] = [
  { subject: '@echokit/core', imports: ['@echokit/core'], external: ['laravel-echo', ...TRANSPORT] },
  {
    subject: '@echokit/react',
    imports: ['@echokit/react'],
    external: ['@echokit/core', 'react', 'laravel-echo', ...TRANSPORT],
    note: 'binding alone (issue 5 aims ≤ 3 KB)',
  },
  {
    subject: '@echokit/vue',
    imports: ['@echokit/vue'],
    external: ['@echokit/core', 'vue', 'laravel-echo', ...TRANSPORT],
    note: 'binding alone',
  },
  {
    subject: '@echokit/svelte',
    imports: ['@echokit/svelte'],
    external: ['@echokit/core', ...SVELTE, 'laravel-echo', ...TRANSPORT],
    note: 'binding alone',
  },
  {
    subject: '@echokit/core + @echokit/react',
    imports: ['@echokit/core', '@echokit/react'],
    external: ['react', 'laravel-echo', ...TRANSPORT],
    note: 'target: smaller than @laravel/echo-react',
  },
  {
    subject: '@echokit/core + @echokit/vue',
    imports: ['@echokit/core', '@echokit/vue'],
    external: ['vue', 'laravel-echo', ...TRANSPORT],
  },
  {
    subject: '@echokit/core + @echokit/svelte',
    imports: ['@echokit/core', '@echokit/svelte'],
    external: [...SVELTE, 'laravel-echo', ...TRANSPORT],
  },
  {
    subject: '@laravel/echo-react',
    imports: ['@laravel/echo-react'],
    external: ['react', 'laravel-echo', ...TRANSPORT],
    note: 'its dist inlines laravel-echo, so that is inside this figure',
  },
  {
    subject: '@laravel/echo-vue',
    imports: ['@laravel/echo-vue'],
    external: ['vue', 'laravel-echo', ...TRANSPORT],
    note: 'its dist inlines laravel-echo, so that is inside this figure',
  },
  {
    subject: '@echokit/core + @echokit/react + laravel-echo',
    imports: ['@echokit/core', '@echokit/react'],
    external: ['react', ...TRANSPORT],
    note: 'like for like with @laravel/echo-react (both with laravel-echo inside)',
  },
  { subject: 'laravel-echo', imports: ['laravel-echo'], external: TRANSPORT, note: 'for scale' },
  { subject: 'pusher-js', imports: ['pusher-js'], external: [], note: 'for scale' },
];

/** Bundles `imports` the way an app bundler would (ESM, browser, minified) and gzips the result. */
async function measure(spec: BundleSpec): Promise<{ minBytes: number; gzipBytes: number }> {
  const contents = spec.imports.map((name, i) => `export * as m${i} from '${name}';`).join('\n');
  const result = await build({
    stdin: { contents, resolveDir: benchDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    external: spec.external,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { minBytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length };
}

/** Client side: min+gzip size of our packages beside Laravel's own bindings, all measured the same way. */
export const bundleSize: Scenario = {
  name: 'bundle',
  title: 'Client bundle size (esbuild, minified, ESM browser; gzip -9)',
  columns: [
    { key: 'minKb', label: 'min KB' },
    { key: 'gzipKb', label: 'min+gzip KB' },
    { key: 'external', label: 'left out' },
  ],
  async run({ record }) {
    for (const spec of BUNDLES) {
      const config = spec.imports.join(' + ');
      try {
        const size = await measure(spec);
        record({
          scenario: 'bundle',
          subject: spec.subject,
          config,
          status: 'ok',
          figures: {
            minBytes: size.minBytes,
            gzipBytes: size.gzipBytes,
            minKb: round(size.minBytes / 1024, 2),
            gzipKb: round(size.gzipBytes / 1024, 2),
            external: spec.external.filter((name) => !name.endsWith('/*')).join(', '),
          },
          note: spec.note,
        });
      } catch (error) {
        record({
          scenario: 'bundle',
          subject: spec.subject,
          config,
          status: 'failed',
          figures: {},
          note: errorText(error),
        });
      }
    }
    record({
      scenario: 'bundle',
      subject: '@laravel/echo-svelte',
      config: '–',
      status: 'off',
      figures: {},
      note: 'does not exist on npm (Laravel ships echo-react and echo-vue only), so there is nothing to measure',
    });
  },
};
