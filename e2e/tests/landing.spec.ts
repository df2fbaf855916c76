import { expect, test } from '../support/demo.js';

test('the landing page links the three apps and signs a user in', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: /chat/i }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: /notifications/i }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: /dashboard/i }).first()).toBeVisible();
  const health = await page.request.get('/up');
  expect(await health.json()).toEqual({ health: 'OK' });
});
