import { WhopIntegrationCard } from '@/whop/components/WhopIntegrationCard';

import styles from './IntegrationsList.module.css';

export const IntegrationsList = () => (
  <div className={styles.list}>
    <WhopIntegrationCard />
  </div>
);
