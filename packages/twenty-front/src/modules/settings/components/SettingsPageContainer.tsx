import { IconSettings } from '@tabler/icons-react';
import type { ReactNode } from 'react';

import { AppPath } from '@/types/AppPath';
import { PageBody } from '@/ui/layout/page/components/PageBody';
import { PageHeader } from '@/ui/layout/page/components/PageHeader';
import { PageTitleEffect } from '@/ui/utilities/page-title/components/PageTitleEffect';

import styles from './SettingsPageContainer.module.css';

type SettingsPageContainerProps = {
  title: string;
  // The settings pages between Settings and this one, for the breadcrumb.
  parentLinks?: { label: string; to: string }[];
  children: ReactNode;
};

export const SettingsPageContainer = ({
  title,
  parentLinks = [],
  children,
}: SettingsPageContainerProps) => (
  <>
    <PageTitleEffect title={`${title} · Settings`} />
    <PageHeader
      title={title}
      Icon={IconSettings}
      parentLinks={[{ label: 'Settings', to: AppPath.Settings }, ...parentLinks]}
    />
    <PageBody>
      <div className={styles.scrollable}>
        <div className={styles.content}>{children}</div>
      </div>
    </PageBody>
  </>
);
