import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDemo } from '@echokit-demo/api';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../support/demo.js';

const screenshotPath = join(dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots/dashboard.png');

/** The latest `seq` the page shows. */
async function shownSeq(page: Page): Promise<number> {
  return Number(await page.getByTestId('seq').textContent());
}

/** Waits until the page shows a `seq` above `after` (live points arrive), and returns it. */
async function seqAbove(page: Page, after: number, timeout = 15_000): Promise<number> {
  await expect.poll(() => shownSeq(page), { timeout }).toBeGreaterThan(after);
  return shownSeq(page);
}

/** How many pixels of a canvas have been painted (alpha > 0): uPlot's canvas is transparent until it draws. */
function paintedPixels(canvas: Locator): Promise<number> {
  return canvas.evaluate((element) => {
    const c = element as HTMLCanvasElement;
    const { data } = c.getContext('2d')?.getImageData(0, 0, c.width, c.height) ?? { data: [] };
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) painted += 1;
    return painted;
  });
}

interface BannerLog {
  bannerLog: string[];
}

/** Logs every state the connection banner shows (`status: text`) in the page, however briefly it shows it. */
function recordBanner(page: Page): Promise<void> {
  return page.evaluate(() => {
    const banner = document.querySelector('[data-testid="connection"]');
    if (!banner) throw new Error('no connection banner');
    const log: string[] = [];
    (window as unknown as BannerLog).bannerLog = log;
    const record = () => {
      const entry = `${banner.getAttribute('data-status')}: ${banner.textContent?.trim()}`;
      if (log.at(-1) !== entry) log.push(entry);
    };
    record();
    new MutationObserver(record).observe(banner, {
      attributes: true,
      childList: true,
      subtree: true,
      characterData: true,
    });
  });
}

/** What {@link recordBanner} has seen so far. */
const bannerLog = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as BannerLog).bannerLog);

test('dashboard: KPIs change live, the charts draw, and a socket server restart is survived', async ({
  signedInContext,
  demo,
}, testInfo) => {
  test.setTimeout(150_000);
  const page = await (await signedInContext(1)).newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/dashboard/');
  await expect(page.getByTestId('me')).toContainText('Ada');
  await expect(page.getByTestId('connection')).toHaveAttribute('data-status', 'connected');
  await expect(page.getByTestId('channel-status')).toHaveText('channel subscribed');

  // Live values: seq climbs and the orders KPI takes new values.
  const firstSeq = await seqAbove(page, 0);
  const orders = page.getByTestId('kpi-orders-value');
  const firstOrders = await orders.textContent();
  await expect(orders).not.toHaveText(firstOrders ?? '');
  await seqAbove(page, firstSeq + 5);
  await expect(page.getByTestId('kpi-total-value')).toHaveText(/^\$[\d,]+$/);

  // The charts render: canvases with a size and painted pixels.
  for (const id of ['chart-orders', 'chart-revenue']) {
    const canvas = page.getByTestId(id).locator('canvas').first();
    await expect(canvas).toBeVisible();
    const box = await canvas.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(100);
    expect(box?.height ?? 0).toBeGreaterThan(100);
    await expect.poll(() => paintedPixels(canvas)).toBeGreaterThan(500);
  }

  // Active users come from the chat rooms' presence channels: Grace opening #general counts.
  const grace = await (await signedInContext(2)).newPage();
  await grace.goto('/chat/rooms/1');
  await expect(page.getByTestId('kpi-users-value')).toHaveText(/^[1-9]\d*$/, { timeout: 20_000 });

  // The README screenshot, once most of the chart's minute has points (the snapshot keeps the api's history).
  await seqAbove(page, 450, 60_000);
  mkdirSync(dirname(screenshotPath), { recursive: true });
  const shot = await page.screenshot({ path: screenshotPath, fullPage: true });
  await testInfo.attach('dashboard', { body: shot, contentType: 'image/png' });

  // Restart the socket server: the banner says reconnecting, then live; points flow again and the
  // snapshot is reloaded because nothing could be replayed.
  // (Besides the page load, "missed points" reloads happen whenever the api skipped publishing a point.)
  await expect(page.getByTestId('snapshot-loads')).not.toContainText('reconnect');
  await recordBanner(page);
  await demo.restartSocketServer();
  const banner = page.getByTestId('connection');
  await expect
    .poll(() => bannerLog(page), { timeout: 30_000 })
    .toContainEqual(expect.stringMatching(/^reconnecting: Reconnecting… \(attempt \d+\)/));
  await expect(banner).toHaveAttribute('data-status', 'connected', { timeout: 30_000 });
  expect((await bannerLog(page)).at(-1)).toMatch(/^connected: Live/);
  await expect(page.getByTestId('snapshot-loads')).toContainText('1 reconnect');
  const seqAfterReconnect = await shownSeq(page);
  await seqAbove(page, seqAfterReconnect + 5);
});

test('dashboard: works signed out and fits a phone screen', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/dashboard/');
  // Signed out is fine: the channel is public.
  await expect(page.getByTestId('signed-out')).toBeVisible();
  await seqAbove(page, 0);
  // Nothing overflows sideways at phone width.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const canvas = page.getByTestId('chart-orders').locator('canvas').first();
  const box = await canvas.boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(200);
  await expect.poll(() => paintedPixels(canvas)).toBeGreaterThan(500);
  const shot = await page.screenshot({ fullPage: true });
  await testInfo.attach('dashboard-phone', { body: shot, contentType: 'image/png' });
});

test('dashboard: keeps up with 50 updates/s', async ({ browser }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'echokit-e2e-fast-'));
  const fast = await startDemo({
    serverPort: 0,
    apiPort: 0,
    apiEnv: {
      DB_DATABASE: join(dataDir, 'demo.sqlite'),
      LOG_LEVEL: 'warn',
      DASHBOARD_UPDATES_PER_SECOND: '50',
    },
  });
  const context = await browser.newContext({ baseURL: fast.url });
  try {
    const page = await context.newPage();
    await page.goto('/dashboard/');
    await expect(page.getByText('50 updates/s')).toBeVisible();
    const first = await seqAbove(page, 0);
    // Five seconds' worth of points arrive and are shown.
    await seqAbove(page, first + 250);
    // The page is current: what it shows is within two seconds' worth of the api's newest point.
    const answer = await page.request.get('/api/dashboard');
    const newest = ((await answer.json()) as { data: { latest: { seq: number } } }).data.latest.seq;
    expect(newest - (await shownSeq(page))).toBeLessThan(100);
    const canvas = page.getByTestId('chart-orders').locator('canvas').first();
    await expect.poll(() => paintedPixels(canvas)).toBeGreaterThan(500);
  } finally {
    await context.close();
    await fast.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
