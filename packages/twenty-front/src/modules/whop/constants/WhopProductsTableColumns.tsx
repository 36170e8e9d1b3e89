import {
  IconCalendar,
  IconEye,
  IconFileDescription,
  IconPackage,
  IconRefresh,
  IconUsers,
} from '@tabler/icons-react';
import { isDefined } from 'twenty-shared';

import type { RecordTableColumnDefinition } from '@/object-record/record-table/types/RecordTableColumnDefinition';
import { DateDisplay } from '@/ui/field/display/components/DateDisplay';
import { NumberDisplay } from '@/ui/field/display/components/NumberDisplay';
import { TextDisplay } from '@/ui/field/display/components/TextDisplay';
import { WHOP_PRODUCT_VISIBILITY_LABELS } from '@/whop/constants/WhopProductVisibilityLabels';
import type { WhopProduct } from '@/whop/types/WhopProduct';

export const WHOP_PRODUCTS_TABLE_COLUMNS: RecordTableColumnDefinition<WhopProduct>[] = [
  {
    key: 'name',
    label: 'Name',
    Icon: IconPackage,
    width: 240,
    renderCell: (product) => <TextDisplay text={product.name} />,
  },
  {
    key: 'description',
    label: 'Description',
    Icon: IconFileDescription,
    width: 320,
    renderCell: (product) => <TextDisplay text={product.description} />,
  },
  {
    key: 'visibility',
    label: 'Visibility',
    Icon: IconEye,
    width: 120,
    renderCell: (product) => (
      <TextDisplay
        text={
          isDefined(product.visibility)
            ? (WHOP_PRODUCT_VISIBILITY_LABELS[product.visibility] ?? product.visibility)
            : null
        }
      />
    ),
  },
  {
    key: 'memberCount',
    label: 'Members',
    Icon: IconUsers,
    width: 110,
    align: 'right',
    renderCell: (product) => <NumberDisplay value={product.memberCount} />,
  },
  {
    key: 'whopCreatedAt',
    label: 'Created on Whop',
    Icon: IconCalendar,
    width: 150,
    renderCell: (product) => <DateDisplay value={product.whopCreatedAt} />,
  },
  {
    key: 'syncedAt',
    label: 'Last synced',
    Icon: IconRefresh,
    width: 130,
    renderCell: (product) => <DateDisplay value={product.syncedAt} />,
  },
];
