import { isDefined } from 'twenty-shared';

import { escapeWhopMarkdownText } from 'src/modules/whop/services/apply/utils/escape-whop-markdown-text.util';
import { formatWhopMicros } from 'src/modules/whop/services/apply/utils/format-whop-micros.util';
import { formatWhopNoteDate } from 'src/modules/whop/services/apply/utils/format-whop-note-date.util';
import {
  type WhopFollowUpTaskContent,
  type WhopRecordContent,
} from 'src/modules/whop/services/apply/utils/whop-record-content.type';
import { type WhopPaymentColumns } from 'src/modules/whop/types/whop-record-columns.types';

export type WhopFailedPaymentSummary = Pick<
  WhopPaymentColumns,
  | 'whopId'
  | 'amountAmountMicros'
  | 'amountCurrencyCode'
  | 'failureMessage'
  | 'lastPaymentAttemptAt'
  | 'nextPaymentAttemptAt'
  | 'whopCreatedAt'
>;

// The failure a follow-up tells of (its reason and its payment), as the body's last lines give it:
// what tells a new failure from the same one (an opportunity renamed on Whop is the same failure).
const buildFailureLines = (payment: WhopFailedPaymentSummary): string =>
  [
    `- **Failure:** ${escapeWhopMarkdownText(payment.failureMessage ?? 'Whop gave no reason.')}`,
    `- **Whop payment:** ${payment.whopId}`,
  ].join('\n');

const buildDetails = (payment: WhopFailedPaymentSummary): string =>
  `- **Amount:** ${formatWhopMicros(payment.amountAmountMicros, payment.amountCurrencyCode)}\n${buildFailureLines(payment)}`;

// The note written once per failed payment, dated by the failed attempt (the note itself is dated
// by the sync that wrote it).
export const buildWhopPaymentFailedNote = (
  payment: WhopFailedPaymentSummary,
  opportunityName: string | null,
): WhopRecordContent => {
  const failedAt = payment.lastPaymentAttemptAt ?? payment.whopCreatedAt;

  return {
    title: `Payment failed: ${formatWhopMicros(payment.amountAmountMicros, payment.amountCurrencyCode)}`,
    body: `A payment${isDefined(opportunityName) ? ` for ${escapeWhopMarkdownText(opportunityName)}` : ''} failed on Whop${isDefined(failedAt) ? ` on ${formatWhopNoteDate(failedAt)}` : ''}.\n\n${buildDetails(payment)}`,
  };
};

// The follow-up task of a membership whose latest payment failed (one per membership, updated
// with each new failure). It is due when Whop next retries the charge, so the seller can reach the
// customer before it; with no retry planned, it is due from the failed attempt.
export const buildWhopPaymentFollowUpTask = (
  payment: WhopFailedPaymentSummary,
  opportunityName: string,
): WhopFollowUpTaskContent => ({
  title: `Follow up: failed payment for ${opportunityName}`,
  body: `The latest payment for ${escapeWhopMarkdownText(opportunityName)} failed on Whop.\n\n${buildDetails(payment)}`,
  dueAt: payment.nextPaymentAttemptAt ?? payment.lastPaymentAttemptAt ?? payment.whopCreatedAt,
  failure: buildFailureLines(payment),
});
