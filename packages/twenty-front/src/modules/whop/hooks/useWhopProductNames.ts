import { useEffect } from 'react';

import { useFindManyWhopProducts } from '@/whop/hooks/useFindManyWhopProducts';

const WHOP_PRODUCT_NAMES_PAGE_SIZE = 100;

// Every product's name, for filters and cells: a seller has a handful of products, which one page
// names; a catalog larger than a page is read page after page, until the last.
export const useWhopProductNames = () => {
  const { records, pagination } = useFindManyWhopProducts({
    first: WHOP_PRODUCT_NAMES_PAGE_SIZE,
  });
  const { hasNextPage, isFetchingMore, error, onLoadMore } = pagination;

  useEffect(() => {
    if (hasNextPage && !isFetchingMore && error === undefined) void onLoadMore();
  }, [hasNextPage, isFetchingMore, error, onLoadMore]);

  return new Map(records.map((product) => [product.id, product.name]));
};
