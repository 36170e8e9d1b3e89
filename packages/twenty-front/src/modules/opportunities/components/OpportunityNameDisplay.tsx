import { IconTargetArrow } from '@tabler/icons-react';

import styles from './OpportunityNameDisplay.module.css';

type OpportunityNameDisplayProps = {
  name: string;
};

export const OpportunityNameDisplay = ({ name }: OpportunityNameDisplayProps) => (
  <span className={styles.chip}>
    <IconTargetArrow className={styles.icon} size={16} stroke={2} aria-hidden />
    <span className={styles.name} title={name}>
      {name}
    </span>
  </span>
);
