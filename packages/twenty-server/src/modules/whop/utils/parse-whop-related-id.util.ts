import { isDefined } from 'twenty-shared';

export type WhopRelation = 'company' | 'member' | 'membership' | 'plan' | 'product' | 'user';

type WhopNestedReference = { id?: string | null } | null;

export type WhopRelatedIdSource = { [Relation in WhopRelation]?: WhopNestedReference } & {
  [Relation in WhopRelation as `${Relation}_id`]?: string | null;
} & {
  account?: WhopNestedReference;
  account_id?: string | null;
};

const toId = (value: string | null | undefined): string | null => {
  const id = typeof value === 'string' ? value.trim() : '';

  return id === '' ? null : id;
};

// The id of a related resource, whichever shape the API date sends: nested (`membership.user.id`)
// or flat (`membership.user_id`); for the company also `account.id` / `account_id`. Blank → null.
export const parseWhopRelatedId = (
  source: WhopRelatedIdSource,
  relation: WhopRelation,
): string | null => {
  const candidates =
    relation === 'company'
      ? [source.company?.id, source.company_id, source.account?.id, source.account_id]
      : [source[relation]?.id, source[`${relation}_id`]];

  return candidates.map(toId).find(isDefined) ?? null;
};
