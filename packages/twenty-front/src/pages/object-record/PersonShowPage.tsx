import { IconTimelineEvent, IconUser } from '@tabler/icons-react';
import { useParams } from 'react-router-dom';
import { isDefined } from 'twenty-shared';

import { TimelineActivityList } from '@/activities/timeline-activities/components/TimelineActivityList';
import { RecordShowContainer } from '@/object-record/record-show/components/RecordShowContainer';
import { RecordShowNotFound } from '@/object-record/record-show/components/RecordShowNotFound';
import { RecordShowSection } from '@/object-record/record-show/components/RecordShowSection';
import { RecordShowSkeleton } from '@/object-record/record-show/components/RecordShowSkeleton';
import { RecordTableErrorState } from '@/object-record/record-table/components/RecordTableErrorState';
import { PersonOpportunitiesSection } from '@/opportunities/components/PersonOpportunitiesSection';
import { PersonShowSummary } from '@/people/components/PersonShowSummary';
import { useFindOnePerson } from '@/people/hooks/useFindOnePerson';
import { getPersonFullName } from '@/people/utils/getPersonFullName';
import { AppPath } from '@/types/AppPath';
import { PageBody } from '@/ui/layout/page/components/PageBody';
import { PageHeader } from '@/ui/layout/page/components/PageHeader';
import { PageTitleEffect } from '@/ui/utilities/page-title/components/PageTitleEffect';
import { WhopPaymentsSection } from '@/whop/components/WhopPaymentsSection';

export const PersonShowPage = () => {
  const { recordId = '' } = useParams();
  const { person, loading, error, retry } = useFindOnePerson(recordId);
  const title = isDefined(person) ? getPersonFullName(person) || 'Untitled' : 'Person';

  return (
    <>
      <PageTitleEffect title={title} />
      <PageHeader
        title={title}
        Icon={IconUser}
        parentLinks={[{ label: 'People', to: AppPath.People }]}
      />
      <PageBody>
        {isDefined(error) ? (
          <RecordTableErrorState title="Couldn't load this person" error={error} onRetry={retry} />
        ) : loading ? (
          <RecordShowSkeleton />
        ) : !isDefined(person) ? (
          <RecordShowNotFound
            objectLabel="person"
            backLabel="Back to People"
            backTo={AppPath.People}
          />
        ) : (
          <RecordShowContainer summary={<PersonShowSummary person={person} />}>
            <RecordShowSection title="Timeline" Icon={IconTimelineEvent}>
              <TimelineActivityList
                filter={{ targetPersonId: { eq: person.id } }}
                emptyMessage="Nothing has happened with this person on Whop yet."
              />
            </RecordShowSection>
            <PersonOpportunitiesSection personId={person.id} />
            <WhopPaymentsSection filter={{ personId: { eq: person.id } }} />
          </RecordShowContainer>
        )}
      </PageBody>
    </>
  );
};
