import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningDemo, startDemo } from '@echokit-demo/api';
import { type BrowserContext, test as base, expect } from '@playwright/test';

/** Fixtures every demo spec uses. */
export interface DemoFixtures {
  /** A fresh browser context signed in as the given seeded user (1 Ada, 2 Grace, 3 Linus, 4 Margaret). */
  signedInContext(userId: number): Promise<BrowserContext>;
}

export interface DemoWorkerFixtures {
  /** The whole demo (socket server + api serving the built apps), one per worker, on free ports. */
  demo: RunningDemo;
}

export const test = base.extend<DemoFixtures, DemoWorkerFixtures>({
  demo: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads fixture dependencies from this pattern.
    async ({}, use) => {
      const dataDir = mkdtempSync(join(tmpdir(), 'echokit-e2e-'));
      const demo = await startDemo({
        serverPort: 0,
        apiPort: 0,
        apiEnv: { DB_DATABASE: join(dataDir, 'demo.sqlite'), LOG_LEVEL: 'warn' },
      });
      await use(demo);
      await demo.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ demo }, use) => use(demo.url),
  signedInContext: async ({ browser, demo }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (userId) => {
      const context = await browser.newContext({ baseURL: demo.url });
      const response = await context.request.post('/api/login', { data: { userId } });
      expect(response.status()).toBe(200);
      contexts.push(context);
      return context;
    });
    for (const context of contexts) await context.close();
  },
});

export { expect };
