import type { ReactNode } from 'react';

import { Card } from '@/ui/layout/card/components/Card';

import styles from './SettingsIntegrationCard.module.css';

type SettingsIntegrationCardProps = {
  logo: ReactNode;
  title: string;
  description: string;
  status?: ReactNode;
  actions: ReactNode;
  footer?: ReactNode;
};

export const SettingsIntegrationCard = ({
  logo,
  title,
  description,
  status,
  actions,
  footer,
}: SettingsIntegrationCardProps) => (
  <Card>
    <div className={styles.content}>
      {logo}
      <div className={styles.text}>
        <div className={styles.heading}>
          <h3 className={styles.title}>{title}</h3>
          {status}
        </div>
        <p className={styles.description}>{description}</p>
      </div>
      <div className={styles.actions}>{actions}</div>
    </div>
    {footer && <div className={styles.footer}>{footer}</div>}
  </Card>
);
