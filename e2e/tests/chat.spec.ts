import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from '../support/demo.js';

// Seeded users (apps/api/src/db/seed.ts): all four belong to #general (room 1); Margaret is not in #random.
const ADA = 1;
const GRACE = 2;
const LINUS = 3;
const MARGARET = 4;
const GENERAL = 1;

const SCREENSHOT = fileURLToPath(new URL('../../docs/screenshots/chat.png', import.meta.url));

/** Opens #general for a signed-in context and waits until the room is live (subscribed, self in the list). */
async function openGeneral(context: BrowserContext, name: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`/chat/rooms/${GENERAL}`);
  await expect(connection(page)).toHaveAttribute('data-status', 'connected');
  await expect(online(page).getByText(`${name} (you)`)).toBeVisible();
  return page;
}

const connection = (page: Page) => page.getByTestId('connection');
const online = (page: Page) => page.getByRole('complementary', { name: 'Online now' });
const bodies = (page: Page) => page.getByRole('log', { name: 'Messages' }).getByTestId('message-body');
const composer = (page: Page) => page.getByRole('textbox', { name: 'Message #General' });
const typingLine = (page: Page) => page.getByTestId('typing');

async function send(page: Page, text: string): Promise<void> {
  await composer(page).fill(text);
  await composer(page).press('Enter');
  await expect(composer(page)).toHaveValue('');
}

/** The bodies on screen that contain `marker`, in screen order. */
async function bodiesWith(page: Page, marker: string): Promise<string[]> {
  return (await bodies(page).allTextContents()).filter((text) => text.includes(marker));
}

test('two people chat: messages both ways, who is online, typing shown to the other only', async ({
  signedInContext,
}, testInfo) => {
  const ada = await openGeneral(await signedInContext(ADA), 'Ada Lovelace');
  const grace = await openGeneral(await signedInContext(GRACE), 'Grace Hopper');

  // Presence: each sees the other join.
  await expect(online(ada).getByText('Grace Hopper')).toBeVisible();
  await expect(online(grace).getByText('Ada Lovelace')).toBeVisible();
  await expect(online(ada).getByTestId('online-count')).toHaveText('2');

  // Messages both ways; the sender sees theirs once (optimistic copy replaced, broadcast skipped by toOthers).
  await send(ada, 'Morning Grace! The new chat demo is live.');
  await expect(bodies(grace).last()).toHaveText('Morning Grace! The new chat demo is live.');
  await send(grace, 'Morning! Presence works: I can see you online.');
  await expect(bodies(ada).last()).toHaveText('Morning! Presence works: I can see you online.');
  await send(ada, 'Try going offline, I will keep writing.');
  await expect(bodies(grace).last()).toHaveText('Try going offline, I will keep writing.');
  for (const page of [ada, grace]) {
    expect(await bodiesWith(page, 'The new chat demo is live')).toHaveLength(1);
    expect(await bodiesWith(page, 'I can see you online')).toHaveLength(1);
  }

  // A third person joins the conversation: everyone's list grows.
  const linus = await openGeneral(await signedInContext(LINUS), 'Linus Torvalds');
  await expect(online(ada).getByTestId('online-count')).toHaveText('3');
  await expect(online(grace).getByText('Linus Torvalds')).toBeVisible();
  await send(linus, 'Joining late: I see both of you here.');
  await expect(bodies(ada).last()).toHaveText('Joining late: I see both of you here.');
  await expect(bodies(grace).last()).toHaveText('Joining late: I see both of you here.');

  // Typing: a whisper to the others; the typist never sees their own indicator.
  await composer(grace).pressSequentially('On it, switching my wifi', { delay: 20 });
  await expect(typingLine(ada)).toHaveText('Grace is typing…');
  await expect(typingLine(linus)).toHaveText('Grace is typing…');
  await expect(typingLine(grace)).toHaveText('');

  await ada.setViewportSize({ width: 1280, height: 800 });
  const screenshot = await ada.screenshot({ path: SCREENSHOT });
  await testInfo.attach('chat', { body: screenshot, contentType: 'image/png' });

  // Sending clears the indicator at once for the others.
  await composer(grace).press('Enter');
  await expect(bodies(ada).last()).toHaveText('On it, switching my wifi');
  await expect(typingLine(ada)).toHaveText('');

  // Typing alone fades after a few seconds without a new whisper.
  await composer(ada).pressSequentially('hmm', { delay: 20 });
  await expect(typingLine(grace)).toHaveText('Ada is typing…');
  await expect(typingLine(grace)).toHaveText('', { timeout: 10_000 });
  await expect(typingLine(ada)).toHaveText('');
});

test('the presence list follows joins and leaves (closing a tab removes the person)', async ({
  signedInContext,
}) => {
  const ada = await openGeneral(await signedInContext(ADA), 'Ada Lovelace');
  const linusContext = await signedInContext(LINUS);
  await openGeneral(linusContext, 'Linus Torvalds');

  await expect(online(ada).getByText('Linus Torvalds')).toBeVisible();
  await expect(online(ada).getByTestId('online-count')).toHaveText('2');

  await linusContext.close();
  await expect(online(ada).getByText('Linus Torvalds')).toHaveCount(0);
  await expect(online(ada).getByTestId('online-count')).toHaveText('1');
});

test('messages sent while someone is offline all appear once, in order, when they come back', async ({
  signedInContext,
}) => {
  const ada = await openGeneral(await signedInContext(ADA), 'Ada Lovelace');
  const graceContext = await signedInContext(GRACE);
  const grace = await openGeneral(graceContext, 'Grace Hopper');
  const marker = `offline-${Date.now()}`;
  const sent = [1, 2, 3, 4, 5].map((n) => `${marker} message ${n}`);

  await graceContext.setOffline(true);
  await expect(connection(grace)).toHaveText(/Offline/);
  for (const text of sent) await send(ada, text);
  await expect.poll(() => bodiesWith(ada, marker)).toEqual(sent);

  await graceContext.setOffline(false);
  await expect(connection(grace)).toHaveAttribute('data-status', 'connected', { timeout: 30_000 });
  await expect.poll(() => bodiesWith(grace, marker), { timeout: 30_000 }).toEqual(sent);

  // Still live afterwards, both ways.
  await send(grace, `${marker} back`);
  await expect.poll(() => bodiesWith(ada, `${marker} back`)).toHaveLength(1);
});

test('the socket server restarts mid-conversation: reconnecting, then connected, nothing lost', async ({
  signedInContext,
  demo,
}) => {
  const adaContext = await signedInContext(ADA);
  const ada = await openGeneral(adaContext, 'Ada Lovelace');
  const grace = await openGeneral(await signedInContext(GRACE), 'Grace Hopper');
  const marker = `restart-${Date.now()}`;

  await send(ada, `${marker} before`);
  await expect.poll(() => bodiesWith(grace, marker)).toEqual([`${marker} before`]);

  // Stop the socket server; the api still stores messages (their broadcasts fail).
  await demo.server().close();
  for (const page of [ada, grace]) await expect(connection(page)).toHaveText(/Reconnecting/);
  const whileDown = [1, 2, 3].map((n) => `${marker} while down ${n}`);
  for (const body of whileDown) {
    const response = await adaContext.request.post(`/api/rooms/${GENERAL}/messages`, { data: { body } });
    expect(response.status()).toBe(201);
  }

  await demo.restartSocketServer();
  for (const page of [ada, grace]) {
    await expect(connection(page)).toHaveAttribute('data-status', 'connected', { timeout: 30_000 });
    await expect
      .poll(() => bodiesWith(page, marker), { timeout: 30_000 })
      .toEqual([`${marker} before`, ...whileDown]);
  }

  // Live again: a new message reaches the other side, once.
  await send(grace, `${marker} after`);
  await expect
    .poll(() => bodiesWith(ada, marker))
    .toEqual([`${marker} before`, ...whileDown, `${marker} after`]);
});

test('at phone width the room fits the screen and still works; non-members see the room locked', async ({
  signedInContext,
}) => {
  const context = await signedInContext(MARGARET);
  const page = await context.newPage();
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/chat/');
  await expect(page).toHaveURL(/\/chat\/rooms\/1$/);
  await expect(online(page).getByTestId('online-count')).toHaveText('1');
  const marker = `phone-${Date.now()}`;
  await send(page, `${marker} sent from a phone-sized window`);
  await expect(bodies(page).last()).toHaveText(`${marker} sent from a phone-sized window`);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

  const random = page.getByRole('navigation', { name: 'Rooms' }).getByText('Random');
  await expect(page.getByRole('link', { name: /Random/ })).toHaveCount(0);
  await expect(random.locator('..')).toContainText('Members only');
  await expect(random.locator('..')).toHaveAttribute('aria-disabled', 'true');
});
