import { IconTargetArrow, IconTimelineEvent } from '@tabler/icons-react';
import { useParams } from 'react-router-dom';
import { isDefined } from 'twenty-shared';

import { TimelineActivityList } from '@/activities/timeline-activities/components/TimelineActivityList';
import { RecordShowContainer } from '@/object-record/record-show/components/RecordShowContainer';
import { RecordShowNotFound } from '@/object-record/record-show/components/RecordShowNotFound';
import { RecordShowSection } from '@/object-record/record-show/components/RecordShowSection';
import { RecordShowSkeleton } from '@/object-record/record-show/components/RecordShowSkeleton';
import { RecordTableErrorState } from '@/object-record/record-table/components/RecordTableErrorState';
import { OpportunityShowSummary } from '@/opportunities/components/OpportunityShowSummary';
import { useFindOneOpportunity } from '@/opportunities/hooks/useFindOneOpportunity';
import { AppPath } from '@/types/AppPath';
import { PageBody } from '@/ui/layout/page/components/PageBody';
import { PageHeader } from '@/ui/layout/page/components/PageHeader';
import { PageTitleEffect } from '@/ui/utilities/page-title/components/PageTitleEffect';
import { WhopPaymentsSection } from '@/whop/components/WhopPaymentsSection';

export const OpportunityShowPage = () => {
  const { recordId = '' } = useParams();
  const { opportunity, loading, error, retry } = useFindOneOpportunity(recordId);
  const title = opportunity?.name ?? 'Opportunity';

  return (
    <>
      <PageTitleEffect title={title} />
      <PageHeader
        title={title}
        Icon={IconTargetArrow}
        parentLinks={[{ label: 'Opportunities', to: AppPath.Opportunities }]}
      />
      <PageBody>
        {isDefined(error) ? (
          <RecordTableErrorState
            title="Couldn't load this opportunity"
            error={error}
            onRetry={retry}
          />
        ) : loading ? (
          <RecordShowSkeleton />
        ) : !isDefined(opportunity) ? (
          <RecordShowNotFound
            objectLabel="opportunity"
            backLabel="Back to Opportunities"
            backTo={AppPath.Opportunities}
          />
        ) : (
          <RecordShowContainer summary={<OpportunityShowSummary opportunity={opportunity} />}>
            <RecordShowSection title="Timeline" Icon={IconTimelineEvent}>
              <TimelineActivityList
                filter={{ targetOpportunityId: { eq: opportunity.id } }}
                emptyMessage="Nothing has happened with this membership on Whop yet."
              />
            </RecordShowSection>
            <WhopPaymentsSection filter={{ opportunityId: { eq: opportunity.id } }} />
          </RecordShowContainer>
        )}
      </PageBody>
    </>
  );
};
