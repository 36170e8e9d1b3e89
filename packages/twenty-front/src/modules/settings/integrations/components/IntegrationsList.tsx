import styles from './IntegrationsList.module.css';

export const IntegrationsList = () => (
  <p className={styles.empty}>No integrations configured</p>
);
