import { IconTimelineEvent, IconUser } from '@tabler/icons-react';
import { useParams } from 'react-router-dom';
import { isDefined } from 'twenty-shared';

import { NotesSection } from '@/activities/notes/components/NotesSection';
import { TasksSection } from '@/activities/tasks/components/TasksSection';
import { TimelineActivityList } from '@/activities/timeline-activities/components/TimelineActivityList';
import { RecordShowPage } from '@/object-record/record-show/components/RecordShowPage';
import { RecordShowSection } from '@/object-record/record-show/components/RecordShowSection';
import { PersonOpportunitiesSection } from '@/opportunities/components/PersonOpportunitiesSection';
import { PersonShowSummary } from '@/people/components/PersonShowSummary';
import { useFindOnePerson } from '@/people/hooks/useFindOnePerson';
import { getPersonFullName } from '@/people/utils/getPersonFullName';
import { AppPath } from '@/types/AppPath';
import { WhopPaymentsSection } from '@/whop/components/WhopPaymentsSection';

export const PersonShowPage = () => {
  const { recordId = '' } = useParams();
  const { record, loading, error, retry } = useFindOnePerson(recordId);

  return (
    <RecordShowPage
      title={isDefined(record) ? getPersonFullName(record) || 'Untitled' : 'Person'}
      Icon={IconUser}
      objectLabel="person"
      parentLink={{ label: 'People', to: AppPath.People }}
      record={record}
      loading={loading}
      error={error}
      onRetry={retry}
      renderSummary={(person) => <PersonShowSummary person={person} />}
      renderSections={(person) => (
        <>
          <TasksSection targetFilter={{ personId: { eq: person.id } }} />
          <RecordShowSection title="Timeline" Icon={IconTimelineEvent}>
            <TimelineActivityList
              filter={{ targetPersonId: { eq: person.id } }}
              emptyMessage="Nothing has happened with this person on Whop yet."
            />
          </RecordShowSection>
          <PersonOpportunitiesSection personId={person.id} />
          <WhopPaymentsSection filter={{ personId: { eq: person.id } }} />
          <NotesSection targetFilter={{ personId: { eq: person.id } }} />
        </>
      )}
    />
  );
};
