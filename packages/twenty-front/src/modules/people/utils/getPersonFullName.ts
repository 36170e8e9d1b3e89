import type { Person } from '@/people/types/Person';

export const getPersonFullName = ({ name }: Pick<Person, 'name'>): string =>
  [name.firstName, name.lastName]
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(' ');
