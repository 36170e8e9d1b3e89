import Whop from '@whop/sdk';
import { isDefined } from 'twenty-shared';

import {
  type WhopMember,
  type WhopMembership,
  type WhopPayment,
  type WhopPlan,
  type WhopProduct,
  type WhopProductDetail,
} from 'src/modules/whop/types/whop-api.types';
import { WHOP_SUBSCRIBED_WEBHOOK_EVENTS } from 'src/modules/whop/constants/whop-webhook-events.constant';
import { classifyWhopApiError } from 'src/modules/whop/utils/classify-whop-api-error.util';
import { runInBatches } from 'src/modules/whop/utils/run-in-batches.util';
import { WhopException, WhopExceptionCode } from 'src/modules/whop/whop.exception';

export type WhopListPage<T> = { items: T[]; endCursor: string | null; hasNextPage: boolean };

export type WhopCompanySummary = { id: string; title: string };

// Reads by id in flight at once for a page (each still takes its slot from the connection's shared
// rate limit).
const READ_BY_ID_CONCURRENCY = 4;

type RawPage<T> = {
  data: T[];
  page_info?: { end_cursor?: string | null; has_next_page?: boolean | null };
};

// A page ends the listing only when Whop says so: a short page with has_next_page still true is
// followed (the SDK's own auto-pager stops on a short or empty page and would lose records). More
// pages with no cursor to read them, or with the cursor the page was read after (the same page
// again, for ever), fail the call, to be tried again, rather than end or loop.
const toPage = <T>(raw: RawPage<T>, operation: string, after: string | null): WhopListPage<T> => {
  const endCursor = raw.page_info?.end_cursor || null;
  const hasNextPage = raw.page_info?.has_next_page === true;

  if (hasNextPage && (!isDefined(endCursor) || endCursor === after)) {
    throw new WhopException(
      `${operation}: Whop said more follow but gave ${isDefined(endCursor) ? 'the same cursor again' : 'no cursor'} to read them`,
      WhopExceptionCode.TEMPORARY_ERROR,
      { userFriendlyMessage: `Whop gave no way to read the rest (${operation}).` },
    );
  }

  return { items: raw.data, endCursor, hasNextPage };
};

// The calls the integration makes, on the official SDK, for one connection's company.
export class WhopApiClient {
  constructor(
    private readonly sdk: Whop,
    private readonly pageSize: number,
  ) {}

  private async call<T>(operation: string, request: () => PromiseLike<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      throw classifyWhopApiError(error, operation);
    }
  }

  // Every company the credential reaches, in Whop's order.
  listCompanies(): Promise<WhopCompanySummary[]> {
    return this.listEveryPage('list companies', (after) =>
      this.sdk.companies.list({ first: this.pageSize, ...(after && { after }) }),
    );
  }

  retrieveCompany(companyId: string): Promise<WhopCompanySummary> {
    return this.call('retrieve company', () =>
      this.sdk.companies.retrieve(companyId),
    ) as Promise<WhopCompanySummary>;
  }

  private async listProducts(
    companyId: string,
    after: string | null,
  ): Promise<WhopListPage<WhopProduct>> {
    const page = await this.call('list products', () =>
      this.sdk.products.list({
        account_id: companyId,
        first: this.pageSize,
        ...(after && { after }),
      }),
    );

    return toPage(page as unknown as RawPage<WhopProduct>, 'list products', after);
  }

  // A page of products, each read by id, in the listing's order: list items lack the description.
  // A product deleted between the two reads is left out, as the next listing would.
  async listProductDetails(
    companyId: string,
    after: string | null,
  ): Promise<WhopListPage<WhopProductDetail>> {
    const page = await this.listProducts(companyId, after);

    return { ...page, items: await this.retrieveProducts(page.items.map(({ id }) => id)) };
  }

  retrieveProducts(productIds: string[]): Promise<WhopProductDetail[]> {
    return this.retrieveEach(
      'retrieve product',
      productIds,
      (productId) =>
        this.sdk.products.retrieve(productId) as unknown as PromiseLike<WhopProductDetail>,
    );
  }

  async listPlans(companyId: string, after: string | null): Promise<WhopListPage<WhopPlan>> {
    const page = await this.call('list plans', () =>
      this.sdk.plans.list({
        account_id: companyId,
        first: this.pageSize,
        ...(after && { after }),
      } as never),
    );

    return toPage(page as unknown as RawPage<WhopPlan>, 'list plans', after);
  }

  retrievePlans(planIds: string[]): Promise<WhopPlan[]> {
    return this.retrieveEach(
      'retrieve plan',
      planIds,
      (planId) => this.sdk.plans.retrieve(planId) as unknown as PromiseLike<WhopPlan>,
    );
  }

  // Resources by id, a few at once, in the order of `ids`; one Whop no longer has is left out.
  private async retrieveEach<T>(
    operation: string,
    ids: string[],
    retrieve: (id: string) => PromiseLike<T>,
  ): Promise<T[]> {
    const resources: (T | null)[] = ids.map(() => null);

    await runInBatches(
      ids.map((id, index) => ({ id, index })),
      { batchSize: 1, concurrency: READ_BY_ID_CONCURRENCY },
      async ([{ id, index }]) => {
        try {
          resources[index] = await this.call(operation, () => retrieve(id));
        } catch (error) {
          if (!(error instanceof WhopException && error.code === WhopExceptionCode.NOT_FOUND)) {
            throw error;
          }
        }
      },
    );

    return resources.filter(isDefined);
  }

  async listMembers(companyId: string, after: string | null): Promise<WhopListPage<WhopMember>> {
    const page = await this.call('list members', () =>
      this.sdk.members.list({
        company_id: companyId,
        first: this.pageSize,
        ...(after && { after }),
      } as never),
    );

    return toPage(page as unknown as RawPage<WhopMember>, 'list members', after);
  }

  async listMemberships(
    companyId: string,
    after: string | null,
  ): Promise<WhopListPage<WhopMembership>> {
    const page = await this.call('list memberships', () =>
      this.sdk.memberships.list({
        company_id: companyId,
        first: this.pageSize,
        order: 'created_at',
        direction: 'asc',
        ...(after && { after }),
      }),
    );

    return toPage(page as unknown as RawPage<WhopMembership>, 'list memberships', after);
  }

  async listPayments(
    companyId: string,
    after: string | null,
    updatedAfter: Date | null,
  ): Promise<WhopListPage<WhopPayment>> {
    const page = await this.call('list payments', () =>
      this.sdk.payments.list({
        company_id: companyId,
        first: this.pageSize,
        ...(after && { after }),
        ...(updatedAfter && { updated_after: updatedAfter.toISOString() }),
      } as never),
    );

    return toPage(page as unknown as RawPage<WhopPayment>, 'list payments', after);
  }

  // The company's webhook endpoints, every page.
  listWebhooks(companyId: string): Promise<{ id: string; url: string }[]> {
    return this.listEveryPage('list webhooks', (after) =>
      this.sdk.webhooks.list({
        company_id: companyId,
        first: this.pageSize,
        ...(after && { after }),
      } as never),
    );
  }

  private async listEveryPage<T>(
    operation: string,
    list: (after: string | null) => PromiseLike<unknown>,
  ): Promise<T[]> {
    const items: T[] = [];
    let after: string | null = null;

    do {
      const cursor: string | null = after;
      const page: WhopListPage<T> = toPage(
        (await this.call(operation, () => list(cursor))) as RawPage<T>,
        operation,
        cursor,
      );

      items.push(...page.items);
      after = page.hasNextPage ? page.endCursor : null;
    } while (after);

    return items;
  }

  // Sent once, without the SDK's retries: creating is not idempotent, and a retry after an answer
  // lost on the way would leave a second endpoint on Whop whose secret nobody kept.
  async createWebhook(companyId: string, url: string): Promise<{ id: string; secret: string }> {
    const created = await this.call('create webhook', () =>
      this.sdk.webhooks.create(
        {
          url,
          resource_id: companyId,
          api_version: 'v1',
          enabled: true,
          events: [...WHOP_SUBSCRIBED_WEBHOOK_EVENTS] as never,
        },
        { maxRetries: 0 },
      ),
    );

    return {
      id: created.id,
      secret: (created as unknown as { webhook_secret: string }).webhook_secret,
    };
  }

  async deleteWebhook(webhookId: string): Promise<void> {
    await this.call('delete webhook', () => this.sdk.webhooks.delete(webhookId));
  }
}
