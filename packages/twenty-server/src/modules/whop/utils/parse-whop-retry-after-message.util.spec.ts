import { parseWhopRetryAfterMessage } from 'src/modules/whop/utils/parse-whop-retry-after-message.util';

describe('parseWhopRetryAfterMessage', () => {
  it("reads the seconds Whop's 429 body asks to wait", () => {
    expect(
      parseWhopRetryAfterMessage(
        '{"error":{"type":"rate_limit_exceeded","message":"Try again in 12 seconds."}}',
      ),
    ).toBe(12);
    expect(parseWhopRetryAfterMessage('try again in 1 second')).toBe(1);
    expect(parseWhopRetryAfterMessage('Try again in 0.5 seconds.')).toBe(0.5);
  });

  it('is null when the message does not say', () => {
    expect(parseWhopRetryAfterMessage('{"error":{"message":"Too many requests."}}')).toBeNull();
    expect(parseWhopRetryAfterMessage('')).toBeNull();
  });
});
