import { useFindOneRecord } from '@/object-record/hooks/useFindOneRecord';
import { FIND_ONE_PERSON } from '@/people/graphql/queries/findOnePerson';

export const useFindOnePerson = (personId: string) =>
  useFindOneRecord({
    query: FIND_ONE_PERSON,
    recordId: personId,
    selectRecord: (data) => data.person,
  });
