import type { ReactNode } from 'react';

import { SkeletonBar } from '@/ui/feedback/components/SkeletonBar';
import { Card } from '@/ui/layout/card/components/Card';

import styles from './SettingsSummaryCard.module.css';

type SettingsSummaryCardProps =
  | { state: 'loading' }
  | { state: 'error'; errorMessage: string }
  | { state: 'loaded'; avatar: ReactNode; title: string; description: string };

export const SettingsSummaryCard = (props: SettingsSummaryCardProps) => (
  <Card>
    <div className={styles.content}>
      {props.state === 'loading' && (
        <div className={styles.text} aria-busy>
          <SkeletonBar width={160} height={14} />
          <SkeletonBar width={220} height={12} />
        </div>
      )}
      {props.state === 'error' && (
        <p className={styles.error} role="alert">
          {props.errorMessage}
        </p>
      )}
      {props.state === 'loaded' && (
        <>
          {props.avatar}
          <div className={styles.text}>
            <span className={styles.title}>{props.title}</span>
            <span className={styles.description}>{props.description}</span>
          </div>
        </>
      )}
    </div>
  </Card>
);
