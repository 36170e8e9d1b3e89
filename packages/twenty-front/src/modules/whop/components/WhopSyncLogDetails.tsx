import { Callout } from '@/ui/feedback/components/Callout';
import { Tag } from '@/ui/display/components/Tag';
import { formatNumber } from '@/ui/field/display/utils/formatNumber';
import { WHOP_SYNC_OBJECT_LABELS } from '@/whop/constants/WhopSyncObjectLabels';
import type { WhopSyncLog } from '@/whop/types/WhopSyncLog';
import { formatWhopSyncCounts } from '@/whop/utils/formatWhopSyncCounts';

import styles from './WhopSyncLogTable.module.css';

type WhopSyncLogDetailsProps = {
  log: WhopSyncLog;
};

// What one run did per object, and every record it could not import cleanly.
export const WhopSyncLogDetails = ({ log }: WhopSyncLogDetailsProps) => (
  <div className={styles.details}>
    {log.errorMessage && (
      <Callout variant="danger" title="This run stopped">
        {log.errorMessage}
      </Callout>
    )}
    {log.counts.length > 0 && (
      <dl className={styles.objectCounts}>
        {log.counts.map((count) => (
          <div key={count.object} className={styles.objectCount}>
            <dt>{WHOP_SYNC_OBJECT_LABELS[count.object] ?? count.object}</dt>
            <dd>{formatWhopSyncCounts([count])}</dd>
          </div>
        ))}
      </dl>
    )}
    {log.issues.length === 0 ? (
      <p className={styles.noIssues}>No record-level errors or warnings.</p>
    ) : (
      <>
        <ul className={styles.issues} aria-label="Errors and warnings">
          {log.issues.map((issue, index) => (
            <li key={`${issue.whopId}-${index}`} className={styles.issue}>
              <Tag
                text={issue.level === 'error' ? 'Error' : 'Warning'}
                color={issue.level === 'error' ? 'red' : 'yellow'}
              />
              <code className={styles.whopId}>{issue.whopId ?? '—'}</code>
              <span className={styles.issueMessage}>{issue.message}</span>
            </li>
          ))}
        </ul>
        {log.issueCount > log.issues.length && (
          <p className={styles.noIssues}>
            Showing the first {formatNumber(log.issues.length)} of {formatNumber(log.issueCount)}{' '}
            issues.
          </p>
        )}
      </>
    )}
  </div>
);
