import { expect, test } from '@playwright/test';

test('the bundled server answers its health check in a real browser', async ({ page }) => {
  const response = await page.goto('/up');
  expect(response?.status()).toBe(200);
  await expect(page.locator('body')).toContainText('"health":"OK"');
});
