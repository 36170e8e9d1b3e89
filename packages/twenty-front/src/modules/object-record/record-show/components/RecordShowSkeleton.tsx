import { SkeletonBar } from '@/ui/feedback/components/SkeletonBar';

import styles from './RecordShowSkeleton.module.css';

const SKELETON_FIELD_COUNT = 6;

export const RecordShowSkeleton = () => (
  <div className={styles.skeleton} aria-busy aria-label="Loading the record">
    <div className={styles.header}>
      <SkeletonBar width={40} height={40} />
      <SkeletonBar width={180} height={18} />
    </div>
    {Array.from({ length: SKELETON_FIELD_COUNT }, (_, index) => (
      <SkeletonBar key={index} width={index % 2 === 0 ? '70%' : '55%'} />
    ))}
  </div>
);
