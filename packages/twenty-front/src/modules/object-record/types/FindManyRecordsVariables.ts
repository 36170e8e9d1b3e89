import type { OrderByDirection } from '@/object-record/types/OrderByDirection';

export type FindManyRecordsVariables<TOrderByField extends string> = {
  first?: number;
  after?: string | null;
  orderBy?: { field: TOrderByField; direction: OrderByDirection }[];
};
