import {
  IconCalendar,
  IconCalendarDollar,
  IconCalendarRepeat,
  IconCurrencyDollar,
  IconHash,
  IconPackage,
  IconProgressCheck,
  IconRepeat,
  IconTargetArrow,
  IconTicket,
  IconUser,
  IconX,
} from '@tabler/icons-react';
import { isDefined } from 'twenty-shared';

import { RecordShowFieldList } from '@/object-record/record-show/components/RecordShowFieldList';
import { RecordShowHeader } from '@/object-record/record-show/components/RecordShowHeader';
import { OpportunityStageTag } from '@/opportunities/components/OpportunityStageTag';
import type { Opportunity } from '@/opportunities/types/Opportunity';
import { getWhopRenewalLabel } from '@/opportunities/utils/getWhopRenewalLabel';
import { PersonChipLink } from '@/people/components/PersonChipLink';
import { CurrencyDisplay } from '@/ui/field/display/components/CurrencyDisplay';
import { DateDisplay } from '@/ui/field/display/components/DateDisplay';
import { formatAmountMicros } from '@/ui/field/display/utils/formatAmountMicros';
import { WhopMembershipStatusTag } from '@/whop/components/WhopMembershipStatusTag';
import { useWhopProductNames } from '@/whop/hooks/useWhopProductNames';

import styles from './OpportunityShowSummary.module.css';

type OpportunityShowSummaryProps = {
  opportunity: Opportunity;
};

export const OpportunityShowSummary = ({ opportunity }: OpportunityShowSummaryProps) => {
  const whopProductNames = useWhopProductNames();

  return (
    <>
      <RecordShowHeader
        avatar={
          <span className={styles.icon} aria-hidden>
            <IconTargetArrow size={20} stroke={2} />
          </span>
        }
        title={opportunity.name}
        subtitle={<WhopMembershipStatusTag status={opportunity.whopMembershipStatus} />}
      />
      <RecordShowFieldList
        fields={[
          {
            label: 'Point of contact',
            Icon: IconUser,
            value: isDefined(opportunity.pointOfContactId) && (
              <PersonChipLink personId={opportunity.pointOfContactId} />
            ),
          },
          {
            label: 'Whop status',
            Icon: IconTicket,
            value: isDefined(opportunity.whopMembershipStatus) && (
              <WhopMembershipStatusTag status={opportunity.whopMembershipStatus} />
            ),
          },
          {
            label: 'Product',
            Icon: IconPackage,
            value: whopProductNames.get(opportunity.whopProductId ?? '') ?? null,
          },
          {
            label: 'Amount',
            Icon: IconCurrencyDollar,
            value: formatAmountMicros(opportunity.amount) !== '' && (
              <CurrencyDisplay amount={opportunity.amount} />
            ),
          },
          {
            label: 'MRR',
            Icon: IconRepeat,
            value: formatAmountMicros(opportunity.whopMrr) !== '' && (
              <CurrencyDisplay amount={opportunity.whopMrr} />
            ),
          },
          {
            label: 'Stage',
            Icon: IconProgressCheck,
            value: <OpportunityStageTag stage={opportunity.stage} />,
          },
          {
            label: 'Renewal',
            Icon: IconCalendarRepeat,
            value: opportunity.whopRenewalDate && (
              <DateDisplay
                value={opportunity.whopRenewalDate}
                label={getWhopRenewalLabel(opportunity)}
              />
            ),
          },
          {
            label: 'Cancels at period end',
            Icon: IconX,
            value: isDefined(opportunity.whopCancelAtPeriodEnd)
              ? opportunity.whopCancelAtPeriodEnd
                ? 'Yes'
                : 'No'
              : null,
          },
          {
            label: 'Last payment',
            Icon: IconCalendarDollar,
            value: opportunity.whopLastPaymentDate && (
              <DateDisplay value={opportunity.whopLastPaymentDate} />
            ),
          },
          { label: 'Whop plan', Icon: IconHash, value: opportunity.whopPlanId },
          {
            label: 'Whop membership',
            Icon: IconHash,
            value: opportunity.whopMembershipId,
          },
          {
            label: 'Created',
            Icon: IconCalendar,
            value: <DateDisplay value={opportunity.createdAt} />,
          },
        ]}
      />
    </>
  );
};
