import { SkeletonBar } from '@/ui/feedback/components/SkeletonBar';

import styles from './PersonNameSkeleton.module.css';

// Stands in for a person's name, one text line high, while the name is loading.
export const PersonNameSkeleton = () => (
  <span className={styles.skeleton} aria-busy aria-label="Loading the person's name">
    <SkeletonBar width={120} />
  </span>
);
