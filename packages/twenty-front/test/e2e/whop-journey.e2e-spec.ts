import { type Browser, type Page } from 'playwright-core';

import { type RunningProduct } from './utils/start-product';
import { startProductAndBrowser } from './utils/start-product-and-browser';
import { takeScreenshot } from './utils/take-screenshot';

// Client-side navigation, as a click on an in-app link does: the page is not reloaded.
const navigateInApp = (page: Page, path: string) =>
  page.evaluate((target) => {
    window.history.pushState({}, '', target);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);

// A GraphQL query as the demo user, straight to the server (to find the records the journey opens).
// Settings → Integrations → Whop, then Sync changes on the connection.
const syncChangesFromSettings = async (page: Page) => {
  await navigateInApp(page, '/settings/integrations/whop');
  await page
    .getByRole('button', { name: /sync changes/i })
    .first()
    .click();
};

const queryAsDemoUser = async (
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<any> => {
  const post = async (
    body: { query: string; variables: Record<string, unknown> },
    token?: string,
  ) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token && { authorization: `Bearer ${token}` }),
      },
      body: JSON.stringify(body),
    });

    return ((await response.json()) as { data: any }).data;
  };
  const { signIn } = await post({
    query:
      'mutation { signIn(email: "tim@apple.dev", password: "tim@apple.dev-password-1") { accessToken } }',
    variables: {},
  });

  return post({ query, variables }, signIn.accessToken);
};

const findPersonIdByWhopUserId = async (url: string, whopUserId: string): Promise<string> => {
  const { people } = await queryAsDemoUser(
    url,
    'query P($id: String!) { people(filter: { whopUserId: { eq: $id } }) { edges { node { id } } } }',
    { id: whopUserId },
  );

  return people.edges[0].node.id;
};

// A membership whose latest payment failed, with the customer it belongs to.
const findPaymentFailedOpportunity = async (
  url: string,
): Promise<{ name: string; pointOfContactId: string }> => {
  const { opportunities } = await queryAsDemoUser(
    url,
    `query O {
      opportunities(
        first: 1
        filter: { whopMembershipStatus: { eq: "payment_failed" }, pointOfContactId: { is: NOT_NULL } }
        orderBy: [{ field: whopMembershipId, direction: AscNullsLast }]
      ) {
        edges { node { name pointOfContactId } }
      }
    }`,
  );

  return opportunities.edges[0].node;
};

// A seller's first ten minutes, in the browser: connect Whop, watch the first sync, find a
// customer, see a change arrive, refuse a consent, disconnect.
describe('a Whop seller in Twenty', () => {
  let product: RunningProduct;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ product, browser } = await startProductAndBrowser({ members: 150 }));
    page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    await page.goto(`${product.url}/sign-in`);
    await page.fill('input[type="email"]', 'tim@apple.dev');
    await page.fill('input[type="password"]', 'tim@apple.dev-password-1');
    await page.click('button[type="submit"]');
    await page.waitForURL(/\/objects\/people/);
  });

  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  it('connects Whop from Settings → Integrations through the consent page', async () => {
    // Slow Whop down a little so that the first sync can be watched.
    await product.control('/faults', {
      routes: [{ match: 'GET /api/v1/payments*', latencyMs: 700 }],
    });
    await page.goto(`${product.url}/settings/integrations`);
    await takeScreenshot(page, 'integrations');
    await page
      .getByRole('button', { name: /connect whop/i })
      .first()
      .click();
    await page.waitForURL(new RegExp(`^${product.sandbox.url}/oauth/authorize`));
    await takeScreenshot(page, 'whop-consent');
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.waitForURL(/\/settings\/integrations\/whop/);
    await page.getByText(product.sandbox.state.company.title).first().waitFor();
  });

  it('shows the first sync moving, then done', async () => {
    await page.getByRole('progressbar').first().waitFor({ timeout: 30_000 });
    await takeScreenshot(page, 'whop-sync-progress');
    await product.control('/faults', { routes: [] });
    await page
      .getByText(/last full sync/i)
      .first()
      .waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    await takeScreenshot(page, 'whop-settings');
  });

  it('shows each sync run whole on a phone, its figures under their names', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      const history = page.locator('table[aria-label="Sync history"]:not([aria-busy="true"])');
      const run = history.locator('tbody tr').first();

      await run.waitFor();
      // Nothing to scroll sideways to: the run's cells fit the card.
      expect(
        await history.evaluate(
          (table) => table.parentElement!.scrollWidth <= table.parentElement!.clientWidth,
        ),
      ).toBe(true);
      // Each figure shows its column's name (screen readers have the column header instead).
      for (const name of ['Duration', 'Records', 'Issues']) {
        expect(
          await run
            .locator(`td[data-label="${name}"]`)
            .evaluate((cell) => getComputedStyle(cell, '::before').content),
        ).toBe(`"${name}" / ""`);
      }
      await run.scrollIntoViewIfNeeded();
      await takeScreenshot(page, 'whop-sync-history-phone');
    } finally {
      await page.setViewportSize({ width: 1280, height: 860 });
    }
  });

  it('finds a seeded customer in People by name, with their Whop username and lifetime value', async () => {
    const member = product.sandbox.state.members.all().find((candidate) => {
      const user = product.sandbox.state.users.get(candidate.userId);

      return (
        candidate.accessLevel !== 'admin' &&
        user?.name &&
        user.name.includes(' ') &&
        /^[A-Za-z ]+$/.test(user.name)
      );
    })!;
    const user = product.sandbox.state.users.get(member.userId)!;

    await page
      .getByRole('link', { name: /^people$/i })
      .first()
      .click();
    await page.waitForURL(/\/objects\/people/);
    // The newest people first, a page of them: which ones depends on the order the sync's pages
    // committed in, so the customer is looked for with the search.
    await page.locator('table[aria-busy="false"] tbody tr').first().waitFor();
    await takeScreenshot(page, 'people-with-whop');
    // The search finds them by both words of their name, and leaves only people who match.
    const search = page.getByLabel('Search people by name, email or Whop username');

    await search.fill(user.name!);
    await page.waitForFunction((name) => {
      const rows = [...document.querySelectorAll('tbody tr')];

      return rows.length > 0 && rows.every((row) => row.textContent?.includes(name));
    }, user.name!);
    const row = page.locator('tbody tr', { hasText: user.username }).first();

    await row.getByText(user.name!).click();
    await page.waitForURL(/\/object\/person\//);
    await page.getByRole('heading', { name: user.name! }).first().waitFor();
    await page.locator('ul[aria-label="Timeline"]:not([aria-busy]) li').first().waitFor();
    await takeScreenshot(page, 'person-timeline');
  });

  it('shows the open follow-up task of a customer whose payment failed, which the seller checks off, without overflowing on a phone', async () => {
    const opportunity = await findPaymentFailedOpportunity(product.url);
    const taskTitle = `Follow up: failed payment for ${opportunity.name}`;

    await page.goto(`${product.url}/object/person/${opportunity.pointOfContactId}`);
    const task = page
      .locator('ul[aria-label="Tasks"]:not([aria-busy="true"]) > li')
      .filter({ has: page.getByRole('button', { name: taskTitle }) });
    await task.waitFor();
    expect(await task.getByText('To do', { exact: true }).count()).toBe(1);
    // Due when Whop retries the charge (or from the failed attempt): overdue once that has passed.
    expect(await task.getByText(/^(Due|Overdue ·) [A-Z][a-z]{2} \d{1,2}, \d{4}$/).count()).toBe(1);
    await task.getByRole('button', { name: taskTitle }).click();
    await task.getByText(/Failure:/).waitFor();
    await page.mouse.move(0, 0);
    await takeScreenshot(page, 'person-follow-up-task');

    await page.setViewportSize({ width: 390, height: 844 });
    try {
      const overflowing = await page.evaluate(() =>
        ['ul[aria-label="Tasks"]', 'ul[aria-label="Notes"]', 'main']
          .map((selector) => document.querySelector(selector))
          .filter((element) => element !== null && element.scrollWidth > element.clientWidth)
          .map((element) => element!.tagName),
      );
      expect(overflowing).toEqual([]);
    } finally {
      await page.setViewportSize({ width: 1280, height: 860 });
    }

    // The seller checks it off; it stays done.
    const checkbox = task.getByRole('checkbox', { name: `Done: ${taskTitle}` });
    const answered = page.waitForResponse(
      (response) =>
        response.url().endsWith('/graphql') &&
        response.request().postDataJSON()?.operationName === 'UpdateTask',
    );
    await checkbox.check();
    expect((await answered).ok()).toBe(true);
    await page.reload();
    await task.getByText('Done', { exact: true }).waitFor();
    expect(await checkbox.isChecked()).toBe(true);
  });

  it('brings a membership change made on Whop in with Resync, without a page reload', async () => {
    const { state } = product.sandbox;
    const membershipsByMember = new Map<string, number>();

    for (const membership of state.memberships.all()) {
      membershipsByMember.set(
        membership.memberId,
        (membershipsByMember.get(membership.memberId) ?? 0) + 1,
      );
    }
    const membership = state.memberships
      .all()
      .find(
        (candidate) =>
          candidate.status === 'active' && membershipsByMember.get(candidate.memberId) === 1,
      )!;
    const whopUserId = state.members.get(membership.memberId)!.userId;
    const personId = await findPersonIdByWhopUserId(product.url, whopUserId);

    await page.goto(`${product.url}/settings/integrations/whop`);
    await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
    await navigateInApp(page, `/object/person/${personId}`);
    await page
      .getByText(/^active$/i)
      .first()
      .waitFor();
    await product.control(`/memberships/${membership.id}/cancel`, {});
    await syncChangesFromSettings(page);
    await page
      .getByText(/last incremental sync/i)
      .first()
      .waitFor();
    await page.getByText(/took/i).nth(1).waitFor({ timeout: 60_000 });
    await navigateInApp(page, `/object/person/${personId}`);
    await page
      .getByText(/^canceled$/i)
      .first()
      .waitFor();
    expect(
      await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload),
    ).toBe(true);
    await page.waitForLoadState('networkidle');
    await takeScreenshot(page, 'person-after-resync');
  });

  it('shows the opportunities as a kanban by Whop membership status', async () => {
    await page
      .getByRole('link', { name: /^opportunities$/i })
      .first()
      .click();
    await page.waitForURL(/\/objects\/opportunities/);
    await page
      .getByText(/kanban/i)
      .first()
      .click();
    await page
      .getByRole('region', { name: 'Active' })
      .getByText(/ \/ month$/)
      .first()
      .waitFor();
    await takeScreenshot(page, 'opportunities-kanban');
  });

  it('lists the Whop products with their description', async () => {
    await page
      .getByRole('link', { name: /^whop products$/i })
      .first()
      .click();
    await page.waitForURL(/\/objects\/whopProducts/);
    await page
      .getByText(/cancel anytime\./i)
      .first()
      .waitFor();
    await takeScreenshot(page, 'whop-products');
  });

  it('says why a sync failed while Whop kept failing, and tries again once it answers', async () => {
    await product.control('/faults', {
      routes: [{ match: 'GET /api/v1/payments*', errorRate: 1, errorStatus: 500 }],
    });
    await syncChangesFromSettings(page);
    // While Whop's answers are retried, the panel says the sync waits on Whop.
    await page
      .getByRole('status')
      .filter({ hasText: 'This sync is waiting to retry' })
      .waitFor({ timeout: 30_000 });
    const failure = page.getByRole('alert').filter({ hasText: 'The last sync failed' });

    await failure.waitFor({ timeout: 60_000 });
    expect(await failure.textContent()).toMatch(
      /The sync stopped after 4 attempts: Whop answered 500 \(list payments\)\. Start it again from this page\./,
    );
    await page.getByText(/ · last attempt failed /).waitFor();
    await page.waitForLoadState('networkidle');
    await takeScreenshot(page, 'whop-sync-failed');

    await product.control('/faults', { routes: [] });
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByText('Up to date', { exact: true }).waitFor({ timeout: 60_000 });
    await page.getByText(/last attempt failed/).waitFor({ state: 'detached' });
  });

  it('says so when the seller denies consent on Whop', async () => {
    await page.goto(`${product.url}/settings/integrations/whop`);
    await page.getByRole('button', { name: /connect another whop company/i }).click();
    await page.waitForURL(new RegExp(`^${product.sandbox.url}/oauth/authorize`));
    await page.getByRole('button', { name: 'Deny' }).click();
    await page.waitForURL(/\/settings\/integrations\/whop/);
    await page
      .getByText(/denied/i)
      .first()
      .waitFor();
    await takeScreenshot(page, 'whop-consent-denied');
  });

  // The sandbox's Whop account runs one company, connected already: there is no other to connect.
  it('says every company is connected already when asked for another, leaving the connection as it was', async () => {
    await page.goto(`${product.url}/settings/integrations/whop`);
    await page.getByRole('button', { name: /connect another whop company/i }).click();
    await page.waitForURL(new RegExp(`^${product.sandbox.url}/oauth/authorize`));
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.waitForURL(/\/settings\/integrations\/whop/);
    await page
      .getByText(/Every Whop company the account you approved with can reach is connected already/)
      .waitFor();
    await page.getByText('Up to date', { exact: true }).waitFor();
    await takeScreenshot(page, 'whop-all-companies-connected');
  });

  it('disconnects, keeping the synced records', async () => {
    await page.goto(`${product.url}/settings/integrations/whop`);
    await page
      .getByRole('button', { name: /disconnect/i })
      .first()
      .click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /disconnect/i })
      .click();
    await page
      .getByText(/revoked|disconnected/i)
      .first()
      .waitFor();
    await takeScreenshot(page, 'whop-disconnected');
    await page.goto(`${product.url}/objects/people`);
    await page
      .getByText(/people/i)
      .first()
      .waitFor();
  });
});
