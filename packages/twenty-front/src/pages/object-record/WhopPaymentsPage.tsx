import { IconCreditCard } from '@tabler/icons-react';
import { isDefined } from 'twenty-shared';

import { RecordIndexPage } from '@/object-record/record-index/components/RecordIndexPage';
import { RecordTable } from '@/object-record/record-table/components/RecordTable';
import { usePersonNamesByIds } from '@/people/hooks/usePersonNamesByIds';
import { getSettingsPath } from '@/settings/utils/getSettingsPath';
import { SettingsPath } from '@/types/SettingsPath';
import { WhopImportEmptyState } from '@/whop/components/WhopImportEmptyState';
import { WhopImportProgress } from '@/whop/components/WhopImportProgress';
import { useFindManyWhopConnections } from '@/whop/hooks/useFindManyWhopConnections';
import { useRefreshOnWhopImportProgress } from '@/whop/hooks/useRefreshOnWhopImportProgress';
import { useFindManyWhopPayments } from '@/whop/hooks/useFindManyWhopPayments';
import { useWhopProductNames } from '@/whop/hooks/useWhopProductNames';
import { getWhopPaymentsTableColumns } from '@/whop/utils/getWhopPaymentsTableColumns';

export const WhopPaymentsPage = () => {
  const { records, totalCount, loading, error, retry, refresh, pagination } =
    useFindManyWhopPayments();
  const whopProductNames = useWhopProductNames();
  const whopConnections = useFindManyWhopConnections();

  useRefreshOnWhopImportProgress(refresh);
  const customerNames = usePersonNamesByIds(
    records.map((payment) => payment.personId).filter(isDefined),
  );

  return (
    <RecordIndexPage
      title="Whop Payments"
      Icon={IconCreditCard}
      count={totalCount}
      actions={<WhopImportProgress whopConnections={whopConnections.whopConnections} />}
    >
      <RecordTable
        label="Whop payments"
        columns={getWhopPaymentsTableColumns({
          whopProductNames,
          customerNames,
        })}
        records={records}
        loading={loading}
        error={error}
        onRetry={retry}
        pagination={pagination}
        emptyState={
          <WhopImportEmptyState
            whopConnections={whopConnections}
            Icon={IconCreditCard}
            title="No Whop payments yet"
            whopRecordsLabel="payments"
            notConnectedDescription="Connect Whop to import every payment, refund and failed charge of your customers."
            notConnectedActionLabel="Connect Whop"
            notConnectedActionTo={getSettingsPath(SettingsPath.WhopIntegration)}
          />
        }
      />
    </RecordIndexPage>
  );
};
