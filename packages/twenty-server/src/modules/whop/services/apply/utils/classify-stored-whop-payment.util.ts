import { type WhopPaymentColumns } from 'src/modules/whop/types/whop-record-columns.types';
import {
  classifyWhopPayment,
  type WhopPaymentClassification,
} from 'src/modules/whop/utils/classify-whop-payment.util';

// The classification of a whopPayment row, from the columns it keeps of the Whop payment.
export const classifyStoredWhopPayment = (
  payment: Pick<WhopPaymentColumns, 'status' | 'substatus' | 'failureMessage'>,
): WhopPaymentClassification =>
  classifyWhopPayment({
    status: payment.status,
    substatus: payment.substatus,
    failure_message: payment.failureMessage,
  });
