import { type TablerIcon } from '@tabler/icons-react';
import { isDefined } from 'twenty-shared';

import { RecordTableEmptyState } from '@/object-record/record-table/components/RecordTableEmptyState';
import { RecordTableErrorState } from '@/object-record/record-table/components/RecordTableErrorState';
import type { WhopConnectionsResult } from '@/whop/hooks/useFindManyWhopConnections';
import { getWhopImportEmptyStateContent } from '@/whop/utils/getWhopImportEmptyStateContent';

type WhopImportEmptyStateProps = {
  // The workspace's Whop connections (useFindManyWhopConnections), read by the page along with its
  // records.
  whopConnections: WhopConnectionsResult;
  Icon: TablerIcon;
  title: string;
  // What the company's records are called, plural: "products", "members".
  whopRecordsLabel: string;
  // What the list says while no Whop company is connected, and where to connect one.
  notConnectedDescription: string;
  notConnectedActionLabel: string;
  notConnectedActionTo: string;
};

// The empty state of a list of records imported from Whop, by where the import stands: how to
// connect Whop, the import on its way (the page's WhopImportProgress follows it until the records
// arrive), or a company that has none. Nothing is offered while the connections are not read yet;
// when they cannot be read, the list says so and offers to try again.
export const WhopImportEmptyState = ({
  whopConnections: { whopConnections, error, retry },
  Icon,
  title,
  whopRecordsLabel,
  notConnectedDescription,
  notConnectedActionLabel,
  notConnectedActionTo,
}: WhopImportEmptyStateProps) => {
  if (isDefined(error)) {
    return (
      <RecordTableErrorState
        title="Couldn't check whether Whop is connected"
        error={error}
        onRetry={retry}
      />
    );
  }
  if (whopConnections === undefined) {
    return <RecordTableEmptyState Icon={Icon} title={title} description="" />;
  }
  const { description, action } = getWhopImportEmptyStateContent(
    whopConnections,
    whopRecordsLabel,
  ) ?? {
    description: notConnectedDescription,
    action: { label: notConnectedActionLabel, to: notConnectedActionTo },
  };

  return (
    <RecordTableEmptyState
      Icon={Icon}
      title={title}
      description={description}
      actionLabel={action?.label}
      actionTo={action?.to}
    />
  );
};
