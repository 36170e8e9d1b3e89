import { IconPackage } from '@tabler/icons-react';

import { RecordIndexPage } from '@/object-record/record-index/components/RecordIndexPage';
import { RecordTable } from '@/object-record/record-table/components/RecordTable';
import { getSettingsPath } from '@/settings/utils/getSettingsPath';
import { SettingsPath } from '@/types/SettingsPath';
import { WhopImportEmptyState } from '@/whop/components/WhopImportEmptyState';
import { WhopImportProgress } from '@/whop/components/WhopImportProgress';
import { WHOP_PRODUCTS_TABLE_COLUMNS } from '@/whop/constants/WhopProductsTableColumns';
import { useFindManyWhopConnections } from '@/whop/hooks/useFindManyWhopConnections';
import { useRefreshOnWhopImportProgress } from '@/whop/hooks/useRefreshOnWhopImportProgress';
import { useFindManyWhopProducts } from '@/whop/hooks/useFindManyWhopProducts';

export const WhopProductsPage = () => {
  const { records, totalCount, loading, error, retry, refresh, pagination } =
    useFindManyWhopProducts();
  const whopConnections = useFindManyWhopConnections();

  useRefreshOnWhopImportProgress(refresh);

  return (
    <RecordIndexPage
      title="Whop Products"
      Icon={IconPackage}
      count={totalCount}
      actions={<WhopImportProgress whopConnections={whopConnections.whopConnections} />}
    >
      <RecordTable
        label="Whop products"
        columns={WHOP_PRODUCTS_TABLE_COLUMNS}
        records={records}
        loading={loading}
        error={error}
        onRetry={retry}
        pagination={pagination}
        emptyState={
          <WhopImportEmptyState
            whopConnections={whopConnections}
            Icon={IconPackage}
            title="No Whop products yet"
            whopRecordsLabel="products"
            notConnectedDescription="Connect Whop to import your products along with your customers."
            notConnectedActionLabel="Connect Whop"
            notConnectedActionTo={getSettingsPath(SettingsPath.WhopIntegration)}
          />
        }
      />
    </RecordIndexPage>
  );
};
