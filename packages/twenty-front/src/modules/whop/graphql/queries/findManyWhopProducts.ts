import { gql, type TypedDocumentNode } from '@apollo/client';

import type { FindManyRecordsVariables } from '@/object-record/types/FindManyRecordsVariables';
import type { RecordConnection } from '@/object-record/types/RecordConnection';
import type { WhopProduct } from '@/whop/types/WhopProduct';

export type WhopProductOrderByField = 'name' | 'memberCount' | 'createdAt';

export type FindManyWhopProductsQuery = {
  whopProducts: RecordConnection<WhopProduct>;
};

export const FIND_MANY_WHOP_PRODUCTS: TypedDocumentNode<
  FindManyWhopProductsQuery,
  FindManyRecordsVariables<WhopProductOrderByField>
> = gql`
  query FindManyWhopProducts($first: Int, $after: String, $orderBy: [WhopProductOrderByInput!]) {
    whopProducts(first: $first, after: $after, orderBy: $orderBy) {
      edges {
        cursor
        node {
          id
          whopId
          name
          description
          visibility
          memberCount
          whopCreatedAt
          syncedAt
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`;
