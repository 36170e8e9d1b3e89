import styles from './RecordShowSectionEmptyState.module.css';

type RecordShowSectionEmptyStateProps = {
  text: string;
};

export const RecordShowSectionEmptyState = ({ text }: RecordShowSectionEmptyStateProps) => (
  <p className={styles.empty}>{text}</p>
);
