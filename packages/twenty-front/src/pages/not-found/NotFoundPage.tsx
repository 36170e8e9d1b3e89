import { IconSearchOff } from '@tabler/icons-react';

import { RecordTablePlaceholder } from '@/object-record/record-table/components/RecordTablePlaceholder';
import { AppPath } from '@/types/AppPath';
import { Button } from '@/ui/input/components/Button';
import { PageBody } from '@/ui/layout/page/components/PageBody';
import { PageHeader } from '@/ui/layout/page/components/PageHeader';
import { PageTitleEffect } from '@/ui/utilities/page-title/components/PageTitleEffect';

// An address the app has no page for (a mistyped or outdated link): say so, and offer a way back.
export const NotFoundPage = () => (
  <>
    <PageTitleEffect title="Page not found" />
    <PageHeader title="Page not found" Icon={IconSearchOff} />
    <PageBody>
      <RecordTablePlaceholder
        Icon={IconSearchOff}
        title="This page doesn't exist"
        description="The link may be mistyped or out of date."
        action={<Button title="Go to People" to={AppPath.People} />}
      />
    </PageBody>
  </>
);
