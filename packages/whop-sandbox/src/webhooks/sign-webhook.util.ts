import { createHmac, randomBytes } from 'node:crypto';

export type WebhookHeaders = {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
};

// Whop webhook secrets are `ws_` strings; the HMAC key is the UTF-8 bytes of the whole string.
export const generateWebhookSecret = (): string => `ws_${randomBytes(24).toString('hex')}`;

// Standard Webhooks: base64 HMAC-SHA256 over `${id}.${timestamp}.${body}`.
export const signWebhook = (
  secret: string,
  messageId: string,
  timestampSeconds: number,
  body: string,
): string =>
  `v1,${createHmac('sha256', Buffer.from(secret, 'utf8')).update(`${messageId}.${timestampSeconds}.${body}`).digest('base64')}`;

export const webhookHeaders = (
  secret: string,
  messageId: string,
  timestampSeconds: number,
  body: string,
): WebhookHeaders => ({
  'webhook-id': messageId,
  'webhook-timestamp': String(timestampSeconds),
  'webhook-signature': signWebhook(secret, messageId, timestampSeconds, body),
});
