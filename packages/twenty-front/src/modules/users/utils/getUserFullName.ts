import type { User } from '@/users/types/User';

export const getUserFullName = ({ firstName, lastName, email }: User): string => {
  const fullName = [firstName, lastName]
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(' ');

  return fullName === '' ? email : fullName;
};
