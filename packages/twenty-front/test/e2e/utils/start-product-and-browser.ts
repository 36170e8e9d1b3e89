import { type Browser } from 'playwright-core';

import { launchBrowser } from './launch-browser';
import { startProduct, type RunningProduct } from './start-product';

// The product and Chromium, started together. When one of them fails to start, the other is
// stopped before the error goes on: left running, it would keep the test run from ending.
export const startProductAndBrowser = async (
  options: Parameters<typeof startProduct>[0] = {},
): Promise<{ product: RunningProduct; browser: Browser }> => {
  const [product, browser] = await Promise.allSettled([startProduct(options), launchBrowser()]);

  if (product.status === 'fulfilled' && browser.status === 'fulfilled')
    return { product: product.value, browser: browser.value };
  if (product.status === 'fulfilled') await product.value.stop();
  if (browser.status === 'fulfilled') await browser.value.close();
  throw product.status === 'rejected' ? product.reason : (browser as PromiseRejectedResult).reason;
};
