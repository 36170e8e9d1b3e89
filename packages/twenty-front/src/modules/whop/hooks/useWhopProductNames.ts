import { useFindManyWhopProducts } from '@/whop/hooks/useFindManyWhopProducts';

// A seller has a handful of products: one page names them all, for filters and cells.
const WHOP_PRODUCT_NAMES_PAGE_SIZE = 100;

export const useWhopProductNames = () => {
  const { records } = useFindManyWhopProducts({
    first: WHOP_PRODUCT_NAMES_PAGE_SIZE,
  });

  return new Map(records.map((product) => [product.id, product.name]));
};
