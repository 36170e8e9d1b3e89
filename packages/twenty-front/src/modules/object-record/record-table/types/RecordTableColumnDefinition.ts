import type { TablerIcon } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export type RecordTableColumnDefinition<TRecord> = {
  key: string;
  label: string;
  Icon: TablerIcon;
  width: number;
  align?: 'left' | 'right';
  renderCell: (record: TRecord) => ReactNode;
};
