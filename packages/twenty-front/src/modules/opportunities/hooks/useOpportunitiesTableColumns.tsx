import {
  IconCalendar,
  IconCalendarEvent,
  IconCalendarRepeat,
  IconCurrencyDollar,
  IconPackage,
  IconProgressCheck,
  IconRepeat,
  IconTargetArrow,
  IconTicket,
  IconUser,
} from '@tabler/icons-react';
import { isDefined } from 'twenty-shared';

import { RecordShowPageLink } from '@/object-record/components/RecordShowPageLink';
import type { RecordTableColumnDefinition } from '@/object-record/record-table/types/RecordTableColumnDefinition';
import { getRecordShowPagePath } from '@/object-record/utils/getRecordShowPagePath';
import { OpportunityNameDisplay } from '@/opportunities/components/OpportunityNameDisplay';
import { OpportunityStageTag } from '@/opportunities/components/OpportunityStageTag';
import type { Opportunity } from '@/opportunities/types/Opportunity';
import { getWhopRenewalLabel } from '@/opportunities/utils/getWhopRenewalLabel';
import { PersonNameSkeleton } from '@/people/components/PersonNameSkeleton';
import { usePersonNamesByIds } from '@/people/hooks/usePersonNamesByIds';
import { CurrencyDisplay } from '@/ui/field/display/components/CurrencyDisplay';
import { DateDisplay } from '@/ui/field/display/components/DateDisplay';
import { TextDisplay } from '@/ui/field/display/components/TextDisplay';
import { WhopMembershipStatusTag } from '@/whop/components/WhopMembershipStatusTag';
import { useWhopProductNames } from '@/whop/hooks/useWhopProductNames';

// The columns of an opportunity list, naming the products and the customers of `opportunities`.
export const useOpportunitiesTableColumns = (
  opportunities: Opportunity[],
): RecordTableColumnDefinition<Opportunity>[] => {
  const whopProductNames = useWhopProductNames();
  const { personNames, isNameLoading } = usePersonNamesByIds(
    opportunities.map((opportunity) => opportunity.pointOfContactId).filter(isDefined),
  );

  return [
    {
      key: 'name',
      label: 'Name',
      Icon: IconTargetArrow,
      width: 280,
      renderCell: (opportunity) => (
        <RecordShowPageLink to={getRecordShowPagePath('opportunity', opportunity.id)}>
          <OpportunityNameDisplay name={opportunity.name} />
        </RecordShowPageLink>
      ),
    },
    {
      key: 'pointOfContact',
      label: 'Customer',
      Icon: IconUser,
      width: 180,
      renderCell: (opportunity) =>
        isDefined(opportunity.pointOfContactId) &&
        (isNameLoading(opportunity.pointOfContactId) ? (
          <PersonNameSkeleton />
        ) : (
          <RecordShowPageLink to={getRecordShowPagePath('person', opportunity.pointOfContactId)}>
            <TextDisplay text={personNames.get(opportunity.pointOfContactId) ?? 'Open customer'} />
          </RecordShowPageLink>
        )),
    },
    {
      key: 'whopMembershipStatus',
      label: 'Whop status',
      Icon: IconTicket,
      width: 140,
      renderCell: (opportunity) => (
        <WhopMembershipStatusTag status={opportunity.whopMembershipStatus} />
      ),
    },
    {
      key: 'whopProduct',
      label: 'Product',
      Icon: IconPackage,
      width: 180,
      renderCell: (opportunity) => (
        <TextDisplay text={whopProductNames.get(opportunity.whopProductId ?? '') ?? null} />
      ),
    },
    {
      key: 'amount',
      label: 'Amount',
      Icon: IconCurrencyDollar,
      width: 130,
      align: 'right',
      renderCell: (opportunity) => <CurrencyDisplay amount={opportunity.amount} />,
    },
    {
      key: 'whopMrr',
      label: 'MRR',
      Icon: IconRepeat,
      width: 120,
      align: 'right',
      renderCell: (opportunity) => <CurrencyDisplay amount={opportunity.whopMrr} />,
    },
    {
      key: 'stage',
      label: 'Stage',
      Icon: IconProgressCheck,
      width: 130,
      renderCell: (opportunity) => <OpportunityStageTag stage={opportunity.stage} />,
    },
    {
      key: 'whopRenewalDate',
      label: 'Renewal',
      Icon: IconCalendarRepeat,
      width: 190,
      renderCell: (opportunity) => (
        <DateDisplay value={opportunity.whopRenewalDate} label={getWhopRenewalLabel(opportunity)} />
      ),
    },
    {
      key: 'closeDate',
      label: 'Close date',
      Icon: IconCalendarEvent,
      width: 130,
      renderCell: (opportunity) => <DateDisplay value={opportunity.closeDate} />,
    },
    {
      key: 'createdAt',
      label: 'Created',
      Icon: IconCalendar,
      width: 130,
      renderCell: (opportunity) => <DateDisplay value={opportunity.createdAt} />,
    },
  ];
};
