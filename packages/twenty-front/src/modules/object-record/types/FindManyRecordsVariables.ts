import type { OrderByDirection } from '@/object-record/types/OrderByDirection';

export type FindManyRecordsVariables<TOrderByField extends string, TFilter = never> = {
  first?: number;
  after?: string | null;
  filter?: TFilter;
  orderBy?: { field: TOrderByField; direction: OrderByDirection }[];
};
