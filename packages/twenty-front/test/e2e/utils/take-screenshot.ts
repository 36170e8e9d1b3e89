import { join } from 'node:path';

import { type Page } from 'playwright-core';

const SCREENSHOTS = join(__dirname, '..', '..', '..', '..', '..', 'docs', 'screenshots');

// A screenshot for the README (docs/screenshots/<name>.png) of what the seller sees once nothing on
// the page is loading any more (every loading state of the front is marked aria-busy), with running
// transitions played to their end: a finished step's progress bar is shown full, not half-way.
export const takeScreenshot = async (page: Page, name: string) => {
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), animations: 'disabled' });
};
