import { IconX } from '@tabler/icons-react';
import type { ReactNode } from 'react';

import { Button } from '@/ui/input/components/Button';

import styles from './RecordFilterBar.module.css';

type RecordFilterBarProps = {
  label: string;
  children: ReactNode;
  onReset?: () => void;
};

// The row of filters above a record list; `onReset` (given while a filter is set) clears them.
export const RecordFilterBar = ({ label, children, onReset }: RecordFilterBarProps) => (
  <div className={styles.bar} role="group" aria-label={label}>
    {children}
    {onReset && (
      <Button
        title="Clear filters"
        Icon={IconX}
        variant="tertiary"
        size="small"
        onClick={onReset}
      />
    )}
  </div>
);
