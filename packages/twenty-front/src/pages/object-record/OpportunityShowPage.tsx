import { IconTargetArrow, IconTimelineEvent } from '@tabler/icons-react';
import { useParams } from 'react-router-dom';

import { NotesSection } from '@/activities/notes/components/NotesSection';
import { TasksSection } from '@/activities/tasks/components/TasksSection';
import { TimelineActivityList } from '@/activities/timeline-activities/components/TimelineActivityList';
import { RecordShowPage } from '@/object-record/record-show/components/RecordShowPage';
import { RecordShowSection } from '@/object-record/record-show/components/RecordShowSection';
import { OpportunityShowSummary } from '@/opportunities/components/OpportunityShowSummary';
import { useFindOneOpportunity } from '@/opportunities/hooks/useFindOneOpportunity';
import { AppPath } from '@/types/AppPath';
import { WhopPaymentsSection } from '@/whop/components/WhopPaymentsSection';

export const OpportunityShowPage = () => {
  const { recordId = '' } = useParams();
  const { record, loading, error, retry } = useFindOneOpportunity(recordId);

  return (
    <RecordShowPage
      title={record?.name ?? 'Opportunity'}
      Icon={IconTargetArrow}
      objectLabel="opportunity"
      parentLink={{ label: 'Opportunities', to: AppPath.Opportunities }}
      record={record}
      loading={loading}
      error={error}
      onRetry={retry}
      renderSummary={(opportunity) => <OpportunityShowSummary opportunity={opportunity} />}
      renderSections={(opportunity) => (
        <>
          <TasksSection targetFilter={{ opportunityId: { eq: opportunity.id } }} />
          <RecordShowSection title="Timeline" Icon={IconTimelineEvent}>
            <TimelineActivityList
              filter={{ targetOpportunityId: { eq: opportunity.id } }}
              emptyMessage="Nothing has happened with this membership on Whop yet."
            />
          </RecordShowSection>
          <WhopPaymentsSection filter={{ opportunityId: { eq: opportunity.id } }} />
          <NotesSection targetFilter={{ opportunityId: { eq: opportunity.id } }} />
        </>
      )}
    />
  );
};
