import { isDefined } from 'twenty-shared';

import { escapeWhopMarkdownText } from 'src/modules/whop/services/apply/utils/escape-whop-markdown-text.util';
import { formatWhopNoteDate } from 'src/modules/whop/services/apply/utils/format-whop-note-date.util';
import { type WhopRecordContent } from 'src/modules/whop/services/apply/utils/whop-record-content.type';
import { type WhopMembership } from 'src/modules/whop/types/whop-api.types';
import { parseWhopOptionalText } from 'src/modules/whop/utils/parse-whop-optional-text.util';

// The note on the person when a membership is canceled (or set to cancel) or expires.
export const buildWhopMembershipEndedNote = ({
  event,
  membership,
  opportunityName,
  happensAt,
}: {
  event: 'canceled' | 'expired';
  membership: WhopMembership;
  opportunityName: string;
  happensAt: Date;
}): WhopRecordContent => {
  const reason =
    parseWhopOptionalText(membership.cancellation_reason) ??
    parseWhopOptionalText(membership.cancel_option);

  return {
    title: `Membership ${event}: ${opportunityName}`,
    body: [
      `- **Status:** ${membership.status}`,
      `- **${event === 'canceled' ? 'Canceled' : 'Expired'} at:** ${formatWhopNoteDate(happensAt)}`,
      ...(isDefined(reason) ? [`- **Reason:** ${escapeWhopMarkdownText(reason)}`] : []),
      `- **Whop membership:** ${membership.id}`,
    ].join('\n'),
  };
};
