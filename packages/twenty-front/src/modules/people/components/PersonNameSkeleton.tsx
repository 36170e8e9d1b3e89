import { VisuallyHidden } from '@/ui/display/components/VisuallyHidden';
import { SkeletonBar } from '@/ui/feedback/components/SkeletonBar';

import styles from './PersonNameSkeleton.module.css';

// Stands in for a person's name, one text line high, while the name is loading.
export const PersonNameSkeleton = () => (
  <span className={styles.skeleton} aria-busy="true">
    <VisuallyHidden>Loading the person's name</VisuallyHidden>
    <SkeletonBar width={120} />
  </span>
);
