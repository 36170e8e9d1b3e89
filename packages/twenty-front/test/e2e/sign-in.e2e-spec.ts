import { type Browser, type Page } from 'playwright-core';

import { type RunningProduct } from './utils/start-product';
import { startProductAndBrowser } from './utils/start-product-and-browser';
import { takeScreenshot } from './utils/take-screenshot';

describe('signing in to the demo workspace', () => {
  let product: RunningProduct;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ product, browser } = await startProductAndBrowser());
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  });

  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  it('sends a visitor without a session to the sign-in page', async () => {
    await page.goto(`${product.url}/objects/people`);
    await page.waitForURL(/\/sign-in/);
    await takeScreenshot(page, 'sign-in');
  });

  it('refuses a wrong password with a readable message', async () => {
    await page.fill('input[type="email"]', 'tim@apple.dev');
    await page.fill('input[type="password"]', 'not-the-password');
    await page.click('button[type="submit"]');
    await page.getByText(/invalid email or password/i).waitFor();
  });

  it('signs in and shows the People page with the demo contacts', async () => {
    await page.fill('input[type="password"]', 'tim@apple.dev-password-1');
    await page.click('button[type="submit"]');
    await page.waitForURL(/\/objects\/people/);
    await page.getByText('Karri').first().waitFor();
    await page.getByText('karri@linear.app').first().waitFor();
    await takeScreenshot(page, 'people');
  });
});
