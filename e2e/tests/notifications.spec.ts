import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from '../support/demo.js';

const ADA = 1;
const GRACE = 2;
const LINUS = 3;
const MARGARET = 4;

const screenshotPath = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../docs/screenshots/notifications.png',
);

/** The inbox open and listening: the private channel is subscribed and the first load is done. */
async function openInbox(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto('/notifications/');
  await expect(page.getByTestId('own-channel')).toHaveAttribute('data-channel-status', 'subscribed');
  await expect(page.getByTestId('unread-summary')).toBeVisible();
  return page;
}

const toasts = (page: Page) => page.getByRole('region', { name: 'New notifications' }).getByRole('status');
const items = (page: Page) => page.getByTestId('notification');
const badge = (page: Page) => page.getByTestId('unread-badge');

async function nudge(page: Page, to: string, message: string): Promise<void> {
  await page.getByRole('combobox', { name: 'To', exact: true }).selectOption({ label: to });
  await page.getByLabel('Message').fill(message);
  await page.getByRole('button', { name: `Nudge ${to}` }).click();
  await expect(page.getByTestId('nudge-outcome')).toHaveText(`Sent to ${to}.`);
}

test.describe('notifications', () => {
  // Each test starts from empty inboxes; other specs share the demo but send no notifications.
  test.beforeEach(({ demo }) => {
    demo.api.db.prepare('DELETE FROM notifications').run();
  });

  test('a nudge reaches only its recipient; a test notification only its sender', async ({
    signedInContext,
  }) => {
    const ada = await openInbox(await signedInContext(ADA));
    const grace = await openInbox(await signedInContext(GRACE));
    const linus = await openInbox(await signedInContext(LINUS));
    for (const page of [ada, grace, linus]) {
      await expect(badge(page)).toHaveText('0');
      await expect(page.getByText('No notifications yet')).toBeVisible();
    }

    await nudge(ada, 'Grace Hopper', 'Lunch at noon?');
    await expect(toasts(grace)).toHaveCount(1);
    await expect(toasts(grace)).toContainText('Ada Lovelace nudged you');
    await expect(toasts(grace)).toContainText('Lunch at noon?');
    await expect(items(grace)).toHaveCount(1);
    await expect(items(grace).first()).toContainText('Lunch at noon?');
    await expect(items(grace).first()).toHaveAttribute('data-unread', 'true');
    await expect(badge(grace)).toHaveText('1');

    // Ada's own test notification comes after the nudge on the wire: when it shows, the nudge would have too.
    await ada.getByRole('button', { name: 'Send me a test notification' }).click();
    await expect(toasts(ada)).toContainText('Test notification');
    await expect(items(ada)).toHaveCount(1);
    await expect(items(ada).first()).toContainText('Test notification');
    await expect(badge(ada)).toHaveText('1');

    // Linus, a bystander, got neither: his first notification is the one he asks for.
    await linus.getByRole('button', { name: 'Send me a test notification' }).click();
    await expect(items(linus)).toHaveCount(1);
    await expect(toasts(linus)).toHaveCount(1);
    await expect(toasts(linus)).toContainText('Test notification');
    await expect(linus.getByText('nudged you')).toHaveCount(0);
    await expect(badge(linus)).toHaveText('1');

    // Grace never saw Ada's test notification: the next nudge is her second notification, not her third.
    await nudge(ada, 'Grace Hopper', 'Second nudge');
    await expect(items(grace)).toHaveCount(2);
    await expect(items(grace).first()).toContainText('Second nudge');
    await expect(badge(grace)).toHaveText('2');
    await expect(items(grace).filter({ hasText: 'Test notification' })).toHaveCount(0);
    await expect(toasts(grace).filter({ hasText: 'Test notification' })).toHaveCount(0);
    await expect(items(ada)).toHaveCount(1);

    // Toasts leave on their own (6 s) when nobody holds them.
    await expect(toasts(grace)).toHaveCount(0, { timeout: 20_000 });
    await expect(items(grace)).toHaveCount(2);
  });

  test('the unread badge counts, and mark read / mark all read bring it down', async ({
    signedInContext,
  }) => {
    const adaContext = await signedInContext(ADA);
    const grace = await openInbox(await signedInContext(GRACE));
    for (const message of ['one', 'two', 'three']) {
      const response = await adaContext.request.post('/api/notifications/nudge', {
        data: { userId: GRACE, message },
      });
      expect(response.status()).toBe(201);
    }
    await expect(items(grace)).toHaveCount(3);
    await expect(badge(grace)).toHaveText('3');
    // Newest first.
    await expect(items(grace).first()).toContainText('three');
    await expect(items(grace).last()).toContainText('one');

    await items(grace)
      .filter({ hasText: 'two' })
      .getByRole('button', { name: /Mark .* as read/ })
      .click();
    await expect(badge(grace)).toHaveText('2');
    await expect(items(grace).filter({ hasText: 'two' })).toHaveAttribute('data-unread', 'false');
    await expect(grace.getByTestId('unread-summary')).toHaveText('2 unread');

    // The server kept it: a fresh page shows the same count.
    await grace.reload();
    await expect(badge(grace)).toHaveText('2');
    await expect(items(grace)).toHaveCount(3);

    await grace.getByRole('button', { name: 'Mark all read' }).click();
    await expect(badge(grace)).toHaveText('0');
    await expect(grace.getByTestId('unread-summary')).toHaveText('All caught up');
    await expect(items(grace).and(grace.locator('[data-unread="true"]'))).toHaveCount(0);
    await expect(grace.getByRole('button', { name: 'Mark all read' })).toBeDisabled();
  });

  test("listening to another user's channel shows the 403 from /broadcasting/auth", async ({
    signedInContext,
  }) => {
    const ada = await openInbox(await signedInContext(ADA));
    await ada.getByRole('combobox', { name: 'Whose channel' }).selectOption({ label: 'Grace Hopper' });
    await ada.getByRole('button', { name: 'Try to listen' }).click();

    const probe = ada.getByTestId('probe');
    await expect(probe).toHaveAttribute('data-status', 'error');
    await expect(probe.getByRole('alert')).toContainText('403');
    await expect(probe.getByRole('alert')).toContainText('Forbidden');
    await expect(probe).toContainText(`private-App.Models.User.${GRACE}`);
    // Her own channel is unaffected.
    await expect(ada.getByTestId('own-channel')).toHaveAttribute('data-channel-status', 'subscribed');

    await ada.getByRole('button', { name: 'Stop' }).click();
    await expect(probe).toHaveCount(0);
    await expect(ada.getByRole('button', { name: 'Try to listen' })).toBeEnabled();
  });

  test('notifications sent while the socket server is down appear after the reconnect', async ({
    demo,
    signedInContext,
  }) => {
    const adaContext = await signedInContext(ADA);
    const grace = await openInbox(await signedInContext(GRACE));

    await demo.server().close();
    await expect(grace.getByTestId('connection')).toContainText(/Reconnecting|offline/);
    // Stored by the api; its broadcast fails because nobody is listening on the socket port.
    const response = await adaContext.request.post('/api/notifications/nudge', {
      data: { userId: GRACE, message: 'Sent while you were away' },
    });
    expect(response.status()).toBe(201);

    await demo.restartSocketServer();
    await expect(grace.getByTestId('connection')).toHaveText('Live', { timeout: 30_000 });
    await expect(items(grace)).toHaveCount(1);
    await expect(items(grace).first()).toContainText('Sent while you were away');
    await expect(badge(grace)).toHaveText('1');
  });

  test('a guest is sent to pick a user; the inbox fits a phone', async ({
    browser,
    demo,
    signedInContext,
  }) => {
    const guest = await browser.newContext({ baseURL: demo.url });
    const page = await guest.newPage();
    await page.goto('/notifications/');
    await expect(page.getByRole('heading', { name: 'Who are you?' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Pick a user' })).toHaveAttribute('href', '/');
    await guest.close();

    const phone = await signedInContext(LINUS);
    const linus = await phone.newPage();
    await linus.setViewportSize({ width: 375, height: 740 });
    await linus.goto('/notifications/');
    await expect(linus.getByTestId('own-channel')).toHaveAttribute('data-channel-status', 'subscribed');
    await linus.getByRole('button', { name: 'Send me a test notification' }).click();
    await expect(items(linus)).toHaveCount(1);
    await expect(badge(linus)).toHaveText('1');
    // Nothing sticks out sideways at phone width.
    expect(await linus.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });

  test('README screenshot: an inbox with unread items and a toast', async ({ signedInContext }, testInfo) => {
    const ada = await signedInContext(ADA);
    const linus = await signedInContext(LINUS);
    const margaret = await signedInContext(MARGARET);
    const graceContext = await signedInContext(GRACE);
    const send = async (from: BrowserContext, path: string, data?: object) =>
      expect((await from.request.post(path, data ? { data } : {})).status()).toBe(201);
    await send(margaret, '/api/notifications/nudge', { userId: GRACE, message: 'Standup moved to 10:30.' });
    await send(graceContext, '/api/notifications/test');
    await send(linus, '/api/notifications/nudge', {
      userId: GRACE,
      message: 'Your PR is merged, nice work.',
    });
    await send(ada, '/api/notifications/nudge', { userId: GRACE, message: 'Coffee in five?' });

    const grace = await openInbox(graceContext);
    await grace.setViewportSize({ width: 1200, height: 760 });
    await expect(items(grace)).toHaveCount(4);
    await items(grace)
      .filter({ hasText: 'Standup' })
      .getByRole('button', { name: /Mark .* as read/ })
      .click();
    await items(grace)
      .filter({ hasText: 'Test notification' })
      .getByRole('button', { name: /Mark .* as read/ })
      .click();
    await expect(badge(grace)).toHaveText('2');

    await send(ada, '/api/notifications/nudge', { userId: GRACE, message: 'The deploy is green, ship it!' });
    await expect(toasts(grace)).toContainText('ship it');
    await expect(badge(grace)).toHaveText('3');
    // Hovering holds the toast on screen, so the screenshot does not race its auto-dismiss.
    await toasts(grace).first().hover();

    mkdirSync(dirname(screenshotPath), { recursive: true });
    const image = await grace.screenshot({ path: screenshotPath, animations: 'disabled' });
    await testInfo.attach('notifications', { body: image, contentType: 'image/png' });
  });
});
