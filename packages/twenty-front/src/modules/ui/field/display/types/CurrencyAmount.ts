// Twenty's CURRENCY composite field: micros travel as a decimal string (they exceed 2^53).
export type CurrencyAmount = {
  amountMicros: string | null;
  currencyCode: string | null;
};
