import { formatWhopMicros } from 'src/modules/whop/services/apply/utils/format-whop-micros.util';

describe('formatWhopMicros', () => {
  it('formats exact major units with at least two decimals', () => {
    expect(formatWhopMicros('19990000', 'USD')).toBe('19.99 USD');
    expect(formatWhopMicros('20000000', 'EUR')).toBe('20.00 EUR');
    expect(formatWhopMicros('1234567', 'USD')).toBe('1.234567 USD');
    expect(formatWhopMicros('500000', null)).toBe('0.50');
  });

  it('keeps the sign and says when the amount is unknown', () => {
    expect(formatWhopMicros('-5000000', 'USD')).toBe('-5.00 USD');
    expect(formatWhopMicros(null, 'USD')).toBe('an unknown amount');
  });
});
