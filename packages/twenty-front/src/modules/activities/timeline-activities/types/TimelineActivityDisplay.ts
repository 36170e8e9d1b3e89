import type { TablerIcon } from '@tabler/icons-react';

import type { TagColor } from '@/ui/display/types/TagColor';

// How one timeline entry reads: a sentence, an optional detail line and amount, and an icon.
export type TimelineActivityDisplay = {
  Icon: TablerIcon;
  color: TagColor;
  sentence: string;
  detail: string | null;
  amount: string | null;
};
