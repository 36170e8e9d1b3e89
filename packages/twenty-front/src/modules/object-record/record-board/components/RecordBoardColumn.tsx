import type { ReactNode } from 'react';
import { useId } from 'react';
import { isDefined } from 'twenty-shared';

import { getApolloErrorMessage } from '@/apollo/utils/getApolloErrorMessage';
import { RecordTableLoadMore } from '@/object-record/record-table/components/RecordTableLoadMore';
import type { RecordTablePagination } from '@/object-record/record-table/types/RecordTablePagination';
import { SkeletonBar } from '@/ui/feedback/components/SkeletonBar';
import { formatNumber } from '@/ui/field/display/utils/formatNumber';
import { Button } from '@/ui/input/components/Button';

import styles from './RecordBoardColumn.module.css';

type RecordBoardColumnProps = {
  title: string;
  tag: ReactNode;
  count?: number;
  loading: boolean;
  error?: Error;
  onRetry: () => void;
  pagination: RecordTablePagination;
  children: ReactNode[];
};

const SKELETON_CARD_COUNT = 2;

export const RecordBoardColumn = ({
  title,
  tag,
  count,
  loading,
  error,
  onRetry,
  pagination,
  children,
}: RecordBoardColumnProps) => {
  const titleId = useId();

  return (
    <section className={styles.column} aria-labelledby={titleId}>
      <header className={styles.header}>
        <h2 id={titleId} className={styles.title} aria-label={title}>
          {tag}
        </h2>
        {isDefined(count) && <span className={styles.count}>{formatNumber(count)}</span>}
      </header>
      <div className={styles.cards} aria-busy={loading}>
        {loading &&
          Array.from({ length: SKELETON_CARD_COUNT }, (_, index) => (
            <div key={index} className={styles.skeletonCard} aria-hidden>
              <SkeletonBar width="80%" />
              <SkeletonBar width="50%" />
            </div>
          ))}
        {isDefined(error) && (
          <div className={styles.error} role="alert">
            <p>Couldn't load this column: {getApolloErrorMessage(error)}</p>
            <Button title="Retry" size="small" onClick={onRetry} />
          </div>
        )}
        {!loading && !isDefined(error) && children.length === 0 && (
          <p className={styles.empty}>None</p>
        )}
        {children}
        {pagination.hasNextPage && <RecordTableLoadMore pagination={pagination} />}
      </div>
    </section>
  );
};
