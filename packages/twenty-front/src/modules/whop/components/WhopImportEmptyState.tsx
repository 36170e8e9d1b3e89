import type { TablerIcon } from '@tabler/icons-react';

import { RecordTableEmptyState } from '@/object-record/record-table/components/RecordTableEmptyState';
import type { WhopConnection } from '@/whop/types/WhopConnection';
import { getWhopImportEmptyStateContent } from '@/whop/utils/getWhopImportEmptyStateContent';

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
};

// The empty state of a list of records imported from Whop, by where the import stands: how to
// connect Whop (also while the connections are not read), the import on its way, or a company that
// has none.
export const WhopImportEmptyState = ({
  whopConnections,
  Icon,
  title,
  whopRecordsLabel,
  notConnectedDescription,
  notConnectedActionLabel,
  notConnectedActionTo,
}: WhopImportEmptyStateProps) => {
  const content = getWhopImportEmptyStateContent(whopConnections, whopRecordsLabel);

  return content === null ? (
    <RecordTableEmptyState
      Icon={Icon}
      title={title}
      description={notConnectedDescription}
      actionLabel={notConnectedActionLabel}
      actionTo={notConnectedActionTo}
    />
  ) : (
    <RecordTableEmptyState
      Icon={Icon}
      title={title}
      description={content.description}
      actionLabel={content.action?.label}
      actionTo={content.action?.to}
    />
  );
};
