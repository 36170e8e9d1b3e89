import { isDefined } from 'twenty-shared';

import { type WhopPaymentClassification } from 'src/modules/whop/utils/classify-whop-payment.util';
import { normalizeWhopCurrencyCode } from 'src/modules/whop/utils/normalize-whop-currency-code.util';
import { type WhopParsedMoney } from 'src/modules/whop/utils/parse-whop-money.util';

export type WhopLifetimeValuePayment = {
  amountMicros: string | null;
  refundedAmountMicros: string | null;
  currencyCode: string | null;
  classification: WhopPaymentClassification;
};

// Currency code → micros (a decimal integer string).
export type WhopLifetimeValueByCurrency = Record<string, string>;

const DISPLAY_CURRENCY_CODE = 'USD';

const computeNetMicros = (payment: WhopLifetimeValuePayment): bigint | null => {
  if (!isDefined(payment.amountMicros)) {
    return null;
  }

  const amountMicros = BigInt(payment.amountMicros);

  switch (payment.classification) {
    case 'succeeded':
    case 'partially_refunded':
    case 'refunded': {
      // A refund is money given back: a negative refunded amount is read as none stated.
      const statedRefundMicros = isDefined(payment.refundedAmountMicros)
        ? BigInt(payment.refundedAmountMicros)
        : null;
      const refundedMicros =
        isDefined(statedRefundMicros) && statedRefundMicros > 0n
          ? statedRefundMicros
          : payment.classification === 'refunded'
            ? amountMicros
            : 0n;
      const netMicros = amountMicros - refundedMicros;

      return netMicros > 0n ? netMicros : 0n;
    }
    default:
      return null;
  }
};

// A person's lifetime value per currency, net of refunds. Only succeeded and (partially) refunded
// payments count; a refunded payment without a (positive) refunded amount counts as fully
// refunded; payments without an amount or a currency are skipped.
export const computeLifetimeValueMicros = (
  payments: WhopLifetimeValuePayment[],
): WhopLifetimeValueByCurrency => {
  const totals = new Map<string, bigint>();

  for (const payment of payments) {
    const netMicros = computeNetMicros(payment);
    const currencyCode = normalizeWhopCurrencyCode(payment.currencyCode);

    if (!isDefined(netMicros) || !isDefined(currencyCode)) {
      continue;
    }

    totals.set(currencyCode, (totals.get(currencyCode) ?? 0n) + netMicros);
  }

  return Object.fromEntries(
    [...totals].map(([currencyCode, micros]) => [currencyCode, micros.toString()]),
  );
};

// The single value shown in the person's `whopLifetimeValue` CURRENCY field: USD when the person
// paid in USD, else the currency with the largest amount (ties: alphabetical). None → null.
export const pickWhopLifetimeValueForDisplay = (
  valuesByCurrency: WhopLifetimeValueByCurrency,
): WhopParsedMoney | null => {
  const usdMicros = valuesByCurrency[DISPLAY_CURRENCY_CODE];

  if (isDefined(usdMicros)) {
    return { amountMicros: usdMicros, currencyCode: DISPLAY_CURRENCY_CODE };
  }

  const [largest] = Object.entries(valuesByCurrency).sort(
    ([leftCode, leftMicros], [rightCode, rightMicros]) => {
      const difference = BigInt(rightMicros) - BigInt(leftMicros);

      if (difference !== 0n) {
        return difference > 0n ? 1 : -1;
      }

      return leftCode < rightCode ? -1 : 1;
    },
  );

  return isDefined(largest) ? { amountMicros: largest[1], currencyCode: largest[0] } : null;
};
