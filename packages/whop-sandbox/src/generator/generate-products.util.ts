import { EMPTY_METADATA } from '../constants/shared-empty.constant';
import { generateId } from '../ids/generate-id.util';
import type { CompanyRecord, ProductRecord } from '../types/sandbox-records.type';
import type { Visibility } from '../types/whop-enums.type';
import { PRODUCT_QUALIFIERS, PRODUCT_TOPICS } from './name-pools.constant';
import { slugify } from './fold-to-ascii.util';
import { type Prng, weightedTable } from './prng.util';

const DAY_MS = 86_400_000;
const VISIBILITY = weightedTable<Visibility>([
  ['visible', 80],
  ['hidden', 10],
  ['quick_link', 6],
  ['archived', 4],
]);

// About one product per 500 members, never fewer than three.
export const productCountFor = (memberCount: number): number =>
  Math.max(3, Math.round(memberCount / 500));

export const generateProducts = (
  prng: Prng,
  company: CompanyRecord,
  count: number,
): ProductRecord[] => {
  const titles = new Set<string>();
  const products: ProductRecord[] = [];

  for (let index = 0; index < count; index++) {
    const base = `${prng.pick(PRODUCT_TOPICS)} ${prng.pick(PRODUCT_QUALIFIERS)}`;
    let title = base;
    for (let suffix = 2; titles.has(title); suffix++) title = `${base} ${suffix}`;
    titles.add(title);

    const createdAt = company.createdAt + prng.int(1, 60) * DAY_MS + prng.int(0, DAY_MS - 1);
    products.push({
      id: generateId('prod_', prng.next),
      companyId: company.id,
      title,
      headline: prng.chance(0.7) ? `Join ${title} today` : null,
      description: prng.chance(0.85) ? `${title} by ${company.title}. Cancel anytime.` : null,
      route: slugify(title),
      visibility: index === 0 ? 'visible' : prng.weighted(VISIBILITY),
      externalIdentifier: prng.chance(0.2) ? `ext-${index + 1}` : null,
      metadata: EMPTY_METADATA,
      createdAt,
      updatedAt: createdAt + prng.int(0, 400) * DAY_MS,
    });
  }
  return products;
};
