import { isDefined } from 'twenty-shared';

import { RecordBoard } from '@/object-record/record-board/components/RecordBoard';
import { OpportunitiesBoardColumn } from '@/opportunities/components/OpportunitiesBoardColumn';
import type { OpportunitiesFilters } from '@/opportunities/types/OpportunitiesFilters';
import type { OpportunityFilter } from '@/opportunities/types/OpportunityFilter';
import { Tag } from '@/ui/display/components/Tag';
import { WhopMembershipStatusTag } from '@/whop/components/WhopMembershipStatusTag';
import { WHOP_MEMBERSHIP_STATUS_OPTIONS } from '@/whop/constants/WhopMembershipStatusOptions';
import { WHOP_MEMBERSHIP_STATUSES } from '@/whop/constants/WhopMembershipStatuses';
import { useWhopProductNames } from '@/whop/hooks/useWhopProductNames';

type OpportunitiesBoardProps = {
  filters: OpportunitiesFilters;
};

// Opportunities grouped by Whop membership status, one column per status (empty ones included),
// plus the opportunities that did not come from Whop when there are any.
export const OpportunitiesBoard = ({ filters }: OpportunitiesBoardProps) => {
  const whopProductNames = useWhopProductNames();
  const isFilteredByStatus = filters.whopMembershipStatuses.length > 0;
  const statuses = isFilteredByStatus
    ? WHOP_MEMBERSHIP_STATUSES.filter((status) => filters.whopMembershipStatuses.includes(status))
    : WHOP_MEMBERSHIP_STATUSES;
  const productFilter: OpportunityFilter = isDefined(filters.whopProductId)
    ? { whopProductId: { eq: filters.whopProductId } }
    : {};

  return (
    <RecordBoard label="Opportunities by Whop status">
      {statuses.map((status) => (
        <OpportunitiesBoardColumn
          key={status}
          title={WHOP_MEMBERSHIP_STATUS_OPTIONS[status].label}
          tag={<WhopMembershipStatusTag status={status} />}
          filter={{ ...productFilter, whopMembershipStatus: { eq: status } }}
          whopProductNames={whopProductNames}
        />
      ))}
      {!isFilteredByStatus && (
        <OpportunitiesBoardColumn
          title="Not from Whop"
          tag={<Tag text="Not from Whop" color="gray" />}
          filter={{ ...productFilter, whopMembershipStatus: { is: 'NULL' } }}
          whopProductNames={whopProductNames}
          hideWhenEmpty
        />
      )}
    </RecordBoard>
  );
};
