import { type TablerIcon } from '@tabler/icons-react';
import { type ReactNode } from 'react';

import { PageBody } from '@/ui/layout/page/components/PageBody';
import { PageHeader } from '@/ui/layout/page/components/PageHeader';
import { PageTitleEffect } from '@/ui/utilities/page-title/components/PageTitleEffect';

type RecordIndexPageProps = {
  title: string;
  Icon: TablerIcon;
  count?: number;
  actions?: ReactNode;
  children: ReactNode;
};

// The frame every object list page shares: the tab title, the header with the record count and
// the page's actions, and the body holding its filters and records.
export const RecordIndexPage = ({
  title,
  Icon,
  count,
  actions,
  children,
}: RecordIndexPageProps) => (
  <>
    <PageTitleEffect title={title} />
    <PageHeader title={title} Icon={Icon} count={count} actions={actions} />
    <PageBody>{children}</PageBody>
  </>
);
