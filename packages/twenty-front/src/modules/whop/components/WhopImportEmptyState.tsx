import type { TablerIcon } from '@tabler/icons-react';

import { RecordTableEmptyState } from '@/object-record/record-table/components/RecordTableEmptyState';
import type { WhopConnection } from '@/whop/types/WhopConnection';
import { WhopImportPollingEffect } from '@/whop/components/WhopImportPollingEffect';
import { getWhopImportEmptyStateContent } from '@/whop/utils/getWhopImportEmptyStateContent';
import { getWhopImportState } from '@/whop/utils/getWhopImportState';

type WhopImportEmptyStateProps = {
  // The workspace's Whop connections (useFindManyWhopConnections), read by the page along with its
  // records; undefined until read.
  whopConnections: WhopConnection[] | undefined;
  Icon: TablerIcon;
  title: string;
  // What the company's records are called, plural: "products", "members".
  whopRecordsLabel: string;
  // What the list says while no Whop company is connected, and where to connect one.
  notConnectedDescription: string;
  notConnectedActionLabel: string;
  notConnectedActionTo: string;
  // Reads the list's records again: called every few seconds while an import runs.
  onImportProgress: () => void;
};

// The empty state of a list of records imported from Whop, by where the import stands: how to
// connect Whop, the import on its way (followed until the records arrive), or a company that has
// none. Nothing is offered while the connections are not read yet.
export const WhopImportEmptyState = ({
  whopConnections,
  Icon,
  title,
  whopRecordsLabel,
  notConnectedDescription,
  notConnectedActionLabel,
  notConnectedActionTo,
  onImportProgress,
}: WhopImportEmptyStateProps) => {
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
    <>
      {getWhopImportState(whopConnections) === 'importing' && (
        <WhopImportPollingEffect onPoll={onImportProgress} />
      )}
      <RecordTableEmptyState
        Icon={Icon}
        title={title}
        description={description}
        actionLabel={action?.label}
        actionTo={action?.to}
      />
    </>
  );
};
