import {
  IconAlertCircle,
  IconCalendar,
  IconCurrencyDollar,
  IconHash,
  IconPackage,
  IconProgressCheck,
  IconReceipt,
  IconReceiptRefund,
  IconUser,
} from '@tabler/icons-react';
import { isDefined } from 'twenty-shared';

import { RecordShowPageLink } from '@/object-record/components/RecordShowPageLink';
import type { RecordTableColumnDefinition } from '@/object-record/record-table/types/RecordTableColumnDefinition';
import { getRecordShowPagePath } from '@/object-record/utils/getRecordShowPagePath';
import { PersonNameSkeleton } from '@/people/components/PersonNameSkeleton';
import type { PersonNamesByIds } from '@/people/types/PersonNamesByIds';
import { CurrencyDisplay } from '@/ui/field/display/components/CurrencyDisplay';
import { DateDisplay } from '@/ui/field/display/components/DateDisplay';
import { TextDisplay } from '@/ui/field/display/components/TextDisplay';
import { WhopPaymentStatusTag } from '@/whop/components/WhopPaymentStatusTag';
import type { WhopPayment } from '@/whop/types/WhopPayment';
import { formatWhopPaymentFailure } from '@/whop/utils/formatWhopPaymentFailure';

type GetWhopPaymentsTableColumnsArgs = {
  whopProductNames: Map<string, string>;
  // Names of the paying people; without them (on a person's own page) there is no customer column.
  customerNames?: PersonNamesByIds;
};

export const getWhopPaymentsTableColumns = ({
  whopProductNames,
  customerNames,
}: GetWhopPaymentsTableColumnsArgs): RecordTableColumnDefinition<WhopPayment>[] => [
  {
    key: 'amount',
    label: 'Amount',
    Icon: IconCurrencyDollar,
    width: 130,
    align: 'right',
    renderCell: (payment) => <CurrencyDisplay amount={payment.amount} />,
  },
  {
    key: 'status',
    label: 'Status',
    Icon: IconProgressCheck,
    width: 150,
    renderCell: (payment) => <WhopPaymentStatusTag payment={payment} />,
  },
  ...(isDefined(customerNames)
    ? [
        {
          key: 'person',
          label: 'Customer',
          Icon: IconUser,
          width: 190,
          renderCell: (payment: WhopPayment) =>
            isDefined(payment.personId) &&
            (customerNames.isNameLoading(payment.personId) ? (
              <PersonNameSkeleton />
            ) : (
              <RecordShowPageLink to={getRecordShowPagePath('person', payment.personId)}>
                <TextDisplay
                  text={customerNames.personNames.get(payment.personId) ?? 'Open customer'}
                />
              </RecordShowPageLink>
            )),
        },
      ]
    : []),
  {
    key: 'product',
    label: 'Product',
    Icon: IconPackage,
    width: 170,
    renderCell: (payment) => (
      <TextDisplay text={whopProductNames.get(payment.whopProductId ?? '') ?? null} />
    ),
  },
  {
    key: 'paidAt',
    label: 'Date',
    Icon: IconCalendar,
    width: 130,
    renderCell: (payment) => <DateDisplay value={payment.paidAt ?? payment.whopCreatedAt} />,
  },
  {
    key: 'refundedAmount',
    label: 'Refunded',
    Icon: IconReceiptRefund,
    width: 120,
    align: 'right',
    renderCell: (payment) => <CurrencyDisplay amount={payment.refundedAmount} />,
  },
  {
    key: 'billingReason',
    label: 'Billing reason',
    Icon: IconReceipt,
    width: 160,
    renderCell: (payment) => (
      <TextDisplay text={payment.billingReason?.replace(/_/g, ' ') ?? null} />
    ),
  },
  {
    key: 'failureMessage',
    label: 'Failure',
    Icon: IconAlertCircle,
    width: 220,
    renderCell: (payment) => <TextDisplay text={formatWhopPaymentFailure(payment)} />,
  },
  {
    key: 'whopId',
    label: 'Whop ID',
    Icon: IconHash,
    width: 170,
    renderCell: (payment) => <TextDisplay text={payment.whopId} />,
  },
];
