import { RecordShowPageLink } from '@/object-record/components/RecordShowPageLink';
import { getRecordShowPagePath } from '@/object-record/utils/getRecordShowPagePath';
import { PersonNameDisplay } from '@/people/components/PersonNameDisplay';
import { useFindOnePerson } from '@/people/hooks/useFindOnePerson';
import { SkeletonBar } from '@/ui/feedback/components/SkeletonBar';

type PersonChipLinkProps = {
  personId: string;
};

// A person referenced by id, shown by name and linking to their page.
export const PersonChipLink = ({ personId }: PersonChipLinkProps) => {
  const { record: person, loading } = useFindOnePerson(personId);

  if (loading) {
    return <SkeletonBar width={120} />;
  }

  return (
    <RecordShowPageLink to={getRecordShowPagePath('person', personId)}>
      {person ? <PersonNameDisplay person={person} /> : 'Open person'}
    </RecordShowPageLink>
  );
};
