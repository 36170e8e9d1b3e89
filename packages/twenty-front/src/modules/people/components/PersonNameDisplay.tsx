import { getPersonFullName } from '@/people/utils/getPersonFullName';
import type { Person } from '@/people/types/Person';
import { Avatar } from '@/ui/display/components/Avatar';

import styles from './PersonNameDisplay.module.css';

type PersonNameDisplayProps = {
  person: Pick<Person, 'id' | 'name' | 'avatarUrl'>;
};

export const PersonNameDisplay = ({ person }: PersonNameDisplayProps) => {
  const fullName = getPersonFullName(person);

  return (
    <span className={styles.chip}>
      <Avatar
        placeholder={fullName}
        placeholderColorSeed={person.id}
        avatarUrl={person.avatarUrl}
        size="md"
      />
      {fullName === '' ? (
        <span className={`${styles.name} ${styles.untitled}`}>Untitled</span>
      ) : (
        <span className={styles.name} title={fullName}>
          {fullName}
        </span>
      )}
    </span>
  );
};
