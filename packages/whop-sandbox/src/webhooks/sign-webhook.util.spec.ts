import { Webhook } from 'standardwebhooks';
import { generateWebhookSecret, signWebhook, webhookHeaders } from './sign-webhook.util';

describe('webhook signatures', () => {
  const secret = 'ws_0123456789abcdef';
  const body = JSON.stringify({
    id: 'msg_1',
    type: 'payment.succeeded',
    data: { amount: 19.99, name: 'José' },
  });

  it('matches the signature the standardwebhooks library computes', () => {
    expect(signWebhook(secret, 'msg_1', 1_700_000_000, '{}')).toBe(
      'v1,nfYxp9M2QF7lfBxz0k/usZFJnLKP7XIkn2kWRnGDW7I=',
    );
  });

  it('verifies with standardwebhooks keyed by the base64 of the whole ws_ secret', () => {
    const timestamp = Math.floor(Date.now() / 1000);
    const headers = webhookHeaders(secret, 'msg_1', timestamp, body);
    expect(new Webhook(Buffer.from(secret).toString('base64')).verify(body, headers)).toEqual(
      JSON.parse(body),
    );
  });

  it('fails verification for a tampered body or another secret', () => {
    const timestamp = Math.floor(Date.now() / 1000);
    const headers = webhookHeaders(secret, 'msg_1', timestamp, body);
    expect(() =>
      new Webhook(Buffer.from(secret).toString('base64')).verify(
        body.replace('19.99', '1.99'),
        headers,
      ),
    ).toThrow();
    expect(() =>
      new Webhook(Buffer.from(generateWebhookSecret()).toString('base64')).verify(body, headers),
    ).toThrow();
  });

  it('generates ws_ secrets', () => {
    expect(generateWebhookSecret()).toMatch(/^ws_[0-9a-f]{48}$/);
  });
});
