import { type WhopApplyResult } from 'src/modules/whop/services/apply/whop-apply.types';
import { type WhopSyncIssues } from 'src/modules/whop/services/whop-sync-issues';
import {
  applySettingAsideRefusedWhopRecords,
  describeRefusedWhopRecord,
} from 'src/modules/whop/utils/apply-setting-aside-refused-whop-records.util';
import {
  streamWhopPages,
  type StreamWhopPagesOptions,
} from 'src/modules/whop/utils/stream-whop-pages.util';

export type StreamWhopRecordPagesOptions<T> = Omit<
  StreamWhopPagesOptions<T, WhopApplyResult>,
  'applyPage'
> & {
  // The run's issues.
  issues: WhopSyncIssues;
  // Writes records of one page, telling `pageIssues` what it finds.
  applyPage: (items: T[], pageIssues: WhopSyncIssues) => Promise<WhopApplyResult>;
  // Told of each record set aside, with what PostgreSQL said (for the server's log).
  onSetAside: (item: T, error: unknown) => void;
};

type WrittenPage = { result: WhopApplyResult; pageIssues: WhopSyncIssues };

// Walks a listing of Whop records as streamWhopPages does. A record PostgreSQL refuses is left out
// of its page, an error naming it (applySettingAsideRefusedWhopRecords). A page's issues become the
// run's as the page is checkpointed, in page order, not as it commits: pages commit out of order,
// and a checkpoint saving a later page's issues would have a resumed run, which writes that page
// again, count them twice.
export const streamWhopRecordPages = <T extends { id: string }>({
  issues,
  applyPage,
  onSetAside,
  commitPage,
  ...options
}: StreamWhopRecordPagesOptions<T>): Promise<void> =>
  streamWhopPages<T, WrittenPage>({
    ...options,
    applyPage: async (items) => {
      const pageIssues = issues.startPage();
      const result = await applySettingAsideRefusedWhopRecords(
        items,
        (records) => applyPage(records, pageIssues),
        (item, error) => {
          onSetAside(item, error);
          pageIssues.addError(item.id, describeRefusedWhopRecord(error));
        },
      );

      return { result, pageIssues };
    },
    commitPage: async (items, { result, pageIssues }, endCursor) => {
      issues.commitPage(pageIssues);
      await commitPage(items, result, endCursor);
    },
  });
