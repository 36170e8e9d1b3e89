import styles from './SkeletonBar.module.css';

type SkeletonBarProps = {
  width: number | string;
  height?: number;
};

export const SkeletonBar = ({ width, height = 12 }: SkeletonBarProps) => (
  <span className={styles.bar} style={{ width, height }} aria-hidden />
);
