import { isDefined } from 'twenty-shared';

import { type WhopApiClient } from 'src/modules/whop/services/whop-api-client';
import {
  type WhopMembership,
  type WhopPlan,
  type WhopProductDetail,
} from 'src/modules/whop/types/whop-api.types';
import { parseWhopRelatedId } from 'src/modules/whop/utils/parse-whop-related-id.util';

type CatalogSource = Pick<WhopApiClient, 'retrievePlans' | 'retrieveProducts'>;

const listRelatedIds = (
  memberships: WhopMembership[],
  relation: 'plan' | 'product',
  isKnown: (id: string) => boolean,
): string[] => [
  ...new Set(
    memberships
      .map((membership) => parseWhopRelatedId(membership, relation))
      .filter((id): id is string => isDefined(id) && !isKnown(id)),
  ),
];

// One sync run's reads of the plans and products its memberships are on that the run did not list
// (created since the plans or products step, or left out of Whop's listing): without its plan an
// opportunity has no name, amount or MRR, without its product no product. Each is read by id once
// per run, pages written at the same time waiting on the same read; a product read is written
// (`applyProducts`) before the page that needs it goes on.
export class WhopUnlistedCatalogReader {
  private readonly reads = new Map<string, Promise<void>>();

  // The products the run listed; a run resumed after or during its products step lacks some, and
  // reads those its memberships are on again, once each.
  private readonly listedProductIds = new Set<string>();

  constructor(
    private readonly api: CatalogSource,
    private readonly plansById: Map<string, WhopPlan>,
    private readonly applyProducts: (products: WhopProductDetail[]) => Promise<unknown>,
  ) {}

  addListedProducts(products: { id: string }[]): void {
    for (const { id } of products) this.listedProductIds.add(id);
  }

  async readFor(memberships: WhopMembership[]): Promise<void> {
    const planIds = listRelatedIds(memberships, 'plan', (id) => this.plansById.has(id));
    const productIds = listRelatedIds(memberships, 'product', (id) =>
      this.listedProductIds.has(id),
    );

    this.startReads(planIds, async (ids) => {
      for (const plan of await this.api.retrievePlans(ids)) this.plansById.set(plan.id, plan);
    });
    this.startReads(productIds, async (ids) => {
      await this.applyProducts(await this.api.retrieveProducts(ids));
    });
    await Promise.all([...planIds, ...productIds].map((id) => this.reads.get(id)));
  }

  private startReads(ids: string[], read: (ids: string[]) => Promise<void>): void {
    const unread = ids.filter((id) => !this.reads.has(id));

    if (unread.length === 0) return;
    const reading = read(unread);

    for (const id of unread) this.reads.set(id, reading);
  }
}
