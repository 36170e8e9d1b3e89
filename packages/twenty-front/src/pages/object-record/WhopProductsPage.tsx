import { IconPackage } from '@tabler/icons-react';

import { RecordIndexPage } from '@/object-record/record-index/components/RecordIndexPage';
import { RecordTable } from '@/object-record/record-table/components/RecordTable';
import { RecordTableEmptyState } from '@/object-record/record-table/components/RecordTableEmptyState';
import { getSettingsPath } from '@/settings/utils/getSettingsPath';
import { SettingsPath } from '@/types/SettingsPath';
import { WHOP_PRODUCTS_TABLE_COLUMNS } from '@/whop/constants/WhopProductsTableColumns';
import { useFindManyWhopProducts } from '@/whop/hooks/useFindManyWhopProducts';

export const WhopProductsPage = () => {
  const { records, totalCount, loading, error, retry, pagination } = useFindManyWhopProducts();

  return (
    <RecordIndexPage title="Whop Products" Icon={IconPackage} count={totalCount}>
      <RecordTable
        label="Whop products"
        columns={WHOP_PRODUCTS_TABLE_COLUMNS}
        records={records}
        loading={loading}
        error={error}
        onRetry={retry}
        pagination={pagination}
        emptyState={
          <RecordTableEmptyState
            Icon={IconPackage}
            title="No Whop products yet"
            description="Connect Whop to import your products along with your customers."
            actionLabel="Connect Whop"
            actionTo={getSettingsPath(SettingsPath.WhopIntegration)}
          />
        }
      />
    </RecordIndexPage>
  );
};
