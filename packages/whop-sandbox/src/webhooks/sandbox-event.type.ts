import type { MembershipRecord, PaymentRecord, RefundRecord } from '../types/sandbox-records.type';

// A state change worth a webhook. `data` is serialized when the event is published, so every
// delivery (and retry) carries the resource as it was at that moment.
export type SandboxEvent =
  | {
      type:
        | 'membership.activated'
        | 'membership.deactivated'
        | 'membership.cancel_at_period_end_changed';
      membership: MembershipRecord;
    }
  | {
      type: 'payment.created' | 'payment.succeeded' | 'payment.failed' | 'payment.pending';
      payment: PaymentRecord;
    }
  | { type: 'refund.created'; refund: RefundRecord; payment: PaymentRecord };

export type PublishedEvent = { id: string; type: SandboxEvent['type'] };
