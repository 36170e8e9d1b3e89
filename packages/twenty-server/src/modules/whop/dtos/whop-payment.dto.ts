import { Field, ID, ObjectType } from '@nestjs/graphql';

import { CurrencyDTO } from 'src/engine/api/graphql/dtos/composite-fields.dto';
import {
  type WhopPaymentStatus,
  type WhopPaymentSubstatus,
} from 'src/modules/whop/types/whop-api.types';
import {
  classifyWhopPayment,
  type WhopPaymentClassification,
} from 'src/modules/whop/utils/classify-whop-payment.util';

export type WhopPaymentRow = {
  id: string;
  whopId: string;
  amountAmountMicros: string | null;
  amountCurrencyCode: string | null;
  status: string | null;
  substatus: string | null;
  billingReason: string | null;
  paidAt: Date | null;
  refundedAmountAmountMicros: string | null;
  refundedAmountCurrencyCode: string | null;
  refundedAt: Date | null;
  failureMessage: string | null;
  lastPaymentAttemptAt: Date | null;
  nextPaymentAttemptAt: Date | null;
  personId: string | null;
  opportunityId: string | null;
  whopProductId: string | null;
  whopCreatedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
};

@ObjectType('WhopPayment')
export class WhopPaymentDTO {
  @Field(() => ID) id: string;
  @Field() whopId: string;
  @Field(() => CurrencyDTO) amount: CurrencyDTO;
  @Field(() => String, { nullable: true }) status: string | null;
  @Field(() => String, { nullable: true }) substatus: string | null;
  // What the payment means, by the sync's own rule (timeline, follow-up tasks, lifetime value):
  // succeeded, failed, refunded, partially_refunded, pending or other. A page shows this rather
  // than reading status and substatus again its own way.
  @Field(() => String) outcome: WhopPaymentClassification;
  @Field(() => String, { nullable: true }) billingReason: string | null;
  @Field(() => Date, { nullable: true }) paidAt: Date | null;
  @Field(() => CurrencyDTO) refundedAmount: CurrencyDTO;
  @Field(() => Date, { nullable: true }) refundedAt: Date | null;
  @Field(() => String, { nullable: true }) failureMessage: string | null;
  @Field(() => Date, { nullable: true }) lastPaymentAttemptAt: Date | null;
  @Field(() => Date, { nullable: true }) nextPaymentAttemptAt: Date | null;
  @Field(() => ID, { nullable: true }) personId: string | null;
  @Field(() => ID, { nullable: true }) opportunityId: string | null;
  @Field(() => ID, { nullable: true }) whopProductId: string | null;
  @Field(() => Date, { nullable: true }) whopCreatedAt: Date | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

export const toWhopPaymentDTO = (row: WhopPaymentRow): WhopPaymentDTO => ({
  id: row.id,
  whopId: row.whopId,
  amount: { amountMicros: row.amountAmountMicros, currencyCode: row.amountCurrencyCode },
  status: row.status,
  substatus: row.substatus,
  outcome: classifyWhopPayment({
    status: row.status as WhopPaymentStatus | null,
    substatus: row.substatus as WhopPaymentSubstatus | null,
    failureMessage: row.failureMessage,
    lastPaymentAttemptAt: row.lastPaymentAttemptAt,
  }),
  billingReason: row.billingReason,
  paidAt: row.paidAt,
  refundedAmount: {
    amountMicros: row.refundedAmountAmountMicros,
    currencyCode: row.refundedAmountCurrencyCode,
  },
  refundedAt: row.refundedAt,
  failureMessage: row.failureMessage,
  lastPaymentAttemptAt: row.lastPaymentAttemptAt,
  nextPaymentAttemptAt: row.nextPaymentAttemptAt,
  personId: row.personId,
  opportunityId: row.opportunityId,
  whopProductId: row.whopProductId,
  whopCreatedAt: row.whopCreatedAt,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});
