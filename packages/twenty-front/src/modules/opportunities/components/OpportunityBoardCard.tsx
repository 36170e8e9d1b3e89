import { isDefined } from 'twenty-shared';

import { RecordBoardCard } from '@/object-record/record-board/components/RecordBoardCard';
import { getRecordShowPagePath } from '@/object-record/utils/getRecordShowPagePath';
import type { Opportunity } from '@/opportunities/types/Opportunity';
import { getWhopRenewalLabel } from '@/opportunities/utils/getWhopRenewalLabel';
import { PersonNameSkeleton } from '@/people/components/PersonNameSkeleton';
import { formatAmountMicros } from '@/ui/field/display/utils/formatAmountMicros';
import { formatDate } from '@/ui/field/display/utils/formatDate';
import { isPositiveAmountMicros } from '@/ui/field/display/utils/isPositiveAmountMicros';

import styles from './OpportunityBoardCard.module.css';

type OpportunityBoardCardProps = {
  opportunity: Opportunity;
  productName: string | null;
  customerName: string | null;
  customerNameLoading: boolean;
};

export const OpportunityBoardCard = ({
  opportunity,
  productName,
  customerName,
  customerNameLoading,
}: OpportunityBoardCardProps) => {
  // An ended membership or a one-time plan recurs nothing (MRR 0): the card shows its price instead.
  const mrr = isPositiveAmountMicros(opportunity.whopMrr.amountMicros)
    ? formatAmountMicros(opportunity.whopMrr)
    : '';
  const amount = formatAmountMicros(opportunity.amount);

  return (
    <RecordBoardCard
      to={getRecordShowPagePath('opportunity', opportunity.id)}
      title={opportunity.name}
    >
      {customerNameLoading ? (
        <PersonNameSkeleton />
      ) : (
        customerName && <span className={styles.customer}>{customerName}</span>
      )}
      {mrr !== '' ? (
        <span className={styles.amount}>{mrr} / month</span>
      ) : (
        amount !== '' && <span className={styles.amount}>{amount}</span>
      )}
      {productName && !opportunity.name.includes(productName) && <span>{productName}</span>}
      {isDefined(opportunity.whopRenewalDate) && (
        <span className={styles.date}>
          {getWhopRenewalLabel(opportunity)} {formatDate(opportunity.whopRenewalDate)}
        </span>
      )}
    </RecordBoardCard>
  );
};
