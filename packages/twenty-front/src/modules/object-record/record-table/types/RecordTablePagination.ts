export type RecordTablePagination = {
  hasNextPage: boolean;
  isFetchingMore: boolean;
  error?: Error;
  onLoadMore: () => void;
};
