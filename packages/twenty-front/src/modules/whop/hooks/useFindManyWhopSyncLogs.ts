import { useFindManyRecords } from '@/object-record/hooks/useFindManyRecords';
import { FIND_MANY_WHOP_SYNC_LOGS } from '@/whop/graphql/queries/findManyWhopSyncLogs';

const WHOP_SYNC_LOGS_PAGE_SIZE = 10;
// The most runs the server answers in one page of the sync history.
const WHOP_SYNC_LOGS_MAX_PAGE_SIZE = 100;

export const useFindManyWhopSyncLogs = (connectionId: string) =>
  useFindManyRecords({
    query: FIND_MANY_WHOP_SYNC_LOGS,
    variables: { connectionId, first: WHOP_SYNC_LOGS_PAGE_SIZE },
    selectConnection: (data) => data.whopSyncLogs,
    maxPageSize: WHOP_SYNC_LOGS_MAX_PAGE_SIZE,
  });
