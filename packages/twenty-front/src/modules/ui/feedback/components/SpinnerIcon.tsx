import { IconLoader2 } from '@tabler/icons-react';

import styles from './SpinnerIcon.module.css';

type SpinnerIconProps = {
  size: number;
};

// A turning loader icon, for work under way (still for a reader who asked for reduced motion);
// decorative: the text beside it says what runs.
export const SpinnerIcon = ({ size }: SpinnerIconProps) => (
  <IconLoader2 className={styles.spinner} size={size} stroke={2} aria-hidden />
);
