import { isDefined } from 'twenty-shared';

import { parseWhopDate } from 'src/modules/whop/utils/parse-whop-date.util';

type WhopVersionedResource = {
  id: string;
  updated_at?: string | null;
};

const versionOf = (resource: WhopVersionedResource): number =>
  parseWhopDate(resource.updated_at)?.getTime() ?? Number.NEGATIVE_INFINITY;

// One version per Whop id (the latest `updated_at`; on a tie the later one in the page), in the
// order of first appearance, so one batched upsert never touches the same row twice.
export const keepLatestWhopResourceVersions = <Resource extends WhopVersionedResource>(
  resources: Resource[],
): Resource[] => {
  const latestById = new Map<string, Resource>();

  for (const resource of resources) {
    const kept = latestById.get(resource.id);

    if (!isDefined(kept) || versionOf(resource) >= versionOf(kept)) {
      latestById.set(resource.id, resource);
    }
  }

  return [...latestById.values()];
};
