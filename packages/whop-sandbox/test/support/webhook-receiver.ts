import { type IncomingHttpHeaders, type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ReceivedWebhook = { body: string; headers: Record<string, string> };

export type WebhookReceiverAnswer = {
  status: number;
  delayMs?: number;
  headers?: Record<string, string>;
};

// A local HTTP endpoint recording raw webhook requests; `respond` picks each answer's status, delay
// and headers.
export type WebhookReceiver = {
  url: string;
  received: ReceivedWebhook[];
  respond: (handler: (request: ReceivedWebhook, index: number) => WebhookReceiverAnswer) => void;
  waitFor: (count: number, timeoutMs?: number) => Promise<ReceivedWebhook[]>;
  close: () => Promise<void>;
};

const flatten = (headers: IncomingHttpHeaders): Record<string, string> =>
  Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [
      name,
      Array.isArray(value) ? value.join(', ') : (value ?? ''),
    ]),
  );

export const startWebhookReceiver = async (): Promise<WebhookReceiver> => {
  const received: ReceivedWebhook[] = [];
  let handler: (request: ReceivedWebhook, index: number) => WebhookReceiverAnswer = () => ({
    status: 200,
  });
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const webhook = {
        body: Buffer.concat(chunks).toString('utf8'),
        headers: flatten(request.headers),
      };
      received.push(webhook);
      const { status, delayMs = 0, headers } = handler(webhook, received.length - 1);
      setTimeout(() => {
        if (!response.destroyed) response.writeHead(status, headers).end();
      }, delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/webhooks/whop`,
    received,
    respond: (next) => {
      handler = next;
    },
    waitFor: async (count, timeoutMs = 5_000) => {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > deadline)
          throw new Error(`Expected ${count} webhooks, received ${received.length}.`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      return received.slice(0, count);
    },
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
};
