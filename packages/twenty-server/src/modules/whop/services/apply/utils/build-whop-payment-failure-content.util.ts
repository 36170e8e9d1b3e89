import { isDefined } from 'twenty-shared';

import { escapeWhopMarkdownText } from 'src/modules/whop/services/apply/utils/escape-whop-markdown-text.util';
import { formatWhopMicros } from 'src/modules/whop/services/apply/utils/format-whop-micros.util';
import { formatWhopNoteDate } from 'src/modules/whop/services/apply/utils/format-whop-note-date.util';
import { type WhopRecordContent } from 'src/modules/whop/services/apply/utils/whop-record-content.type';
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

export type WhopFollowUpTaskContent = WhopRecordContent & { dueAt: Date | null };

const buildDetails = (payment: WhopFailedPaymentSummary): string[] => [
  `- **Amount:** ${formatWhopMicros(payment.amountAmountMicros, payment.amountCurrencyCode)}`,
  `- **Failure:** ${escapeWhopMarkdownText(payment.failureMessage ?? 'Whop gave no reason.')}`,
  `- **Whop payment:** ${payment.whopId}`,
];

// The note written once per failed payment.
export const buildWhopPaymentFailedNote = (
  payment: WhopFailedPaymentSummary,
  opportunityName: string | null,
): WhopRecordContent => ({
  title: `Payment failed: ${formatWhopMicros(payment.amountAmountMicros, payment.amountCurrencyCode)}`,
  body: `A payment${isDefined(opportunityName) ? ` for ${escapeWhopMarkdownText(opportunityName)}` : ''} failed on Whop.\n\n${buildDetails(payment).join('\n')}`,
});

// The follow-up task of a membership whose latest payment failed (one per membership, updated
// with each new failure). It is due when Whop next retries the charge, so the seller can reach the
// customer before it; with no retry planned, it is due from the failed attempt.
export const buildWhopPaymentFollowUpTask = (
  payment: WhopFailedPaymentSummary,
  opportunityName: string,
): WhopFollowUpTaskContent => {
  const nextRetry = isDefined(payment.nextPaymentAttemptAt)
    ? [`- **Whop retries:** ${formatWhopNoteDate(payment.nextPaymentAttemptAt)}`]
    : [];

  return {
    title: `Follow up: failed payment for ${opportunityName}`,
    body: `The latest payment for ${escapeWhopMarkdownText(opportunityName)} failed on Whop.\n\n${[...buildDetails(payment), ...nextRetry].join('\n')}`,
    dueAt: payment.nextPaymentAttemptAt ?? payment.lastPaymentAttemptAt ?? payment.whopCreatedAt,
  };
};
