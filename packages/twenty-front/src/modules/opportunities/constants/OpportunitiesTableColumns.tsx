import {
  IconCalendar,
  IconCalendarEvent,
  IconCurrencyDollar,
  IconProgressCheck,
  IconTargetArrow,
} from '@tabler/icons-react';

import type { RecordTableColumnDefinition } from '@/object-record/record-table/types/RecordTableColumnDefinition';
import { OpportunityNameDisplay } from '@/opportunities/components/OpportunityNameDisplay';
import { OpportunityStageTag } from '@/opportunities/components/OpportunityStageTag';
import type { Opportunity } from '@/opportunities/types/Opportunity';
import { CurrencyDisplay } from '@/ui/field/display/components/CurrencyDisplay';
import { DateDisplay } from '@/ui/field/display/components/DateDisplay';

export const OPPORTUNITIES_TABLE_COLUMNS: RecordTableColumnDefinition<Opportunity>[] =
  [
    {
      key: 'name',
      label: 'Name',
      Icon: IconTargetArrow,
      width: 280,
      renderCell: (opportunity) => (
        <OpportunityNameDisplay name={opportunity.name} />
      ),
    },
    {
      key: 'amount',
      label: 'Amount',
      Icon: IconCurrencyDollar,
      width: 140,
      align: 'right',
      renderCell: (opportunity) => (
        <CurrencyDisplay amount={opportunity.amount} />
      ),
    },
    {
      key: 'stage',
      label: 'Stage',
      Icon: IconProgressCheck,
      width: 140,
      renderCell: (opportunity) => (
        <OpportunityStageTag stage={opportunity.stage} />
      ),
    },
    {
      key: 'closeDate',
      label: 'Close date',
      Icon: IconCalendarEvent,
      width: 140,
      renderCell: (opportunity) => (
        <DateDisplay value={opportunity.closeDate} />
      ),
    },
    {
      key: 'createdAt',
      label: 'Created',
      Icon: IconCalendar,
      width: 140,
      renderCell: (opportunity) => (
        <DateDisplay value={opportunity.createdAt} />
      ),
    },
  ];
