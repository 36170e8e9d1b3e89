import type { TablerIcon } from '@tabler/icons-react';
import type { ReactNode } from 'react';

import styles from './RecordShowFieldList.module.css';

type RecordShowField = {
  label: string;
  Icon: TablerIcon;
  value: ReactNode;
};

type RecordShowFieldListProps = {
  fields: RecordShowField[];
};

// A record's fields as label / value pairs; an empty value (null, '', false) reads "Empty", as in
// Twenty.
export const RecordShowFieldList = ({ fields }: RecordShowFieldListProps) => (
  <dl className={styles.list}>
    {fields.map(({ label, Icon, value }) => (
      <div key={label} className={styles.field}>
        <dt className={styles.label}>
          <Icon size={16} stroke={2} aria-hidden />
          {label}
        </dt>
        <dd className={styles.value}>
          {value === null || value === undefined || value === '' || value === false ? (
            <span className={styles.empty}>Empty</span>
          ) : (
            value
          )}
        </dd>
      </div>
    ))}
  </dl>
);
