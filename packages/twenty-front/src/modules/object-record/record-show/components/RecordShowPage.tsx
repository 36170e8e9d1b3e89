import type { TablerIcon } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { isDefined } from 'twenty-shared';

import { RecordShowContainer } from '@/object-record/record-show/components/RecordShowContainer';
import { RecordShowNotFound } from '@/object-record/record-show/components/RecordShowNotFound';
import { RecordShowSkeleton } from '@/object-record/record-show/components/RecordShowSkeleton';
import { RecordTableErrorState } from '@/object-record/record-table/components/RecordTableErrorState';
import { PageBody } from '@/ui/layout/page/components/PageBody';
import { PageHeader } from '@/ui/layout/page/components/PageHeader';
import { PageTitleEffect } from '@/ui/utilities/page-title/components/PageTitleEffect';

type RecordShowPageProps<TRecord> = {
  title: string;
  Icon: TablerIcon;
  objectLabel: string;
  parentLink: { label: string; to: string };
  record: TRecord | null;
  loading: boolean;
  error?: Error;
  onRetry: () => void;
  renderSummary: (record: TRecord) => ReactNode;
  renderSections: (record: TRecord) => ReactNode;
};

// The frame every record page shares: the tab title, the header linking back to the object's
// list, and the body showing the record's summary and sections, or why it can't be shown.
export const RecordShowPage = <TRecord,>({
  title,
  Icon,
  objectLabel,
  parentLink,
  record,
  loading,
  error,
  onRetry,
  renderSummary,
  renderSections,
}: RecordShowPageProps<TRecord>) => (
  <>
    <PageTitleEffect title={title} />
    <PageHeader title={title} Icon={Icon} parentLinks={[parentLink]} />
    <PageBody>
      {isDefined(error) ? (
        <RecordTableErrorState
          title={`Couldn't load this ${objectLabel}`}
          error={error}
          onRetry={onRetry}
        />
      ) : loading ? (
        <RecordShowSkeleton />
      ) : !isDefined(record) ? (
        <RecordShowNotFound
          objectLabel={objectLabel}
          backLabel={`Back to ${parentLink.label}`}
          backTo={parentLink.to}
        />
      ) : (
        <RecordShowContainer summary={renderSummary(record)}>
          {renderSections(record)}
        </RecordShowContainer>
      )}
    </PageBody>
  </>
);
