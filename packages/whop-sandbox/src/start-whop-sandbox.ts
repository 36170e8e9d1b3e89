import type { AddressInfo } from 'node:net';
import { ApiKeyStore } from './auth/api-key-store';
import { createSandboxClock } from './clock/sandbox-clock';
import { RATE_LIMIT_WINDOW_MS } from './constants/sandbox-defaults.constant';
import { WEBHOOK_DELIVERY_LOG_CAPACITY } from './constants/webhook-delivery.constant';
import { FaultInjector } from './faults/fault-injector';
import { OAuthState } from './oauth/oauth-state';
import { readSandboxStateFile } from './persistence/sandbox-state-file';
import { restoreSandboxState } from './persistence/sandbox-state-snapshot.util';
import { createSigningKey } from './oauth/signing-key.util';
import { SortedViewCache } from './pagination/sorted-view-cache';
import { RateLimiter } from './rate-limit/rate-limiter';
import { reseedSandbox } from './reseed-sandbox.util';
import { resolveSandboxOptions } from './resolve-sandbox-options.util';
import type { SandboxContext } from './sandbox-context.type';
import type { WhopSandboxOptions } from './sandbox-options.type';
import { BodyBufferPool } from './server/body-buffer-pool';
import { buildSandboxServer } from './server/build-sandbox-server';
import { SandboxStore } from './store/sandbox-store';
import { WebhookDeliveryLog } from './webhooks/webhook-delivery-log';
import { WebhookDispatcher } from './webhooks/webhook-dispatcher';

const SWEEP_INTERVAL_MS = 60_000;
// Response bodies waiting for reuse: enough for a few concurrent list pages.
const FREE_BODY_BUFFERS = 8;

export type WhopSandbox = {
  // Base URL: the OAuth issuer; the API is at `${url}/api/v1`.
  url: string;
  port: number;
  close: () => Promise<void>;
  // The in-memory store, for ground truth in tests.
  state: SandboxStore;
};

const urlHost = (host: string): string => {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
};

export const startWhopSandbox = async (options: WhopSandboxOptions = {}): Promise<WhopSandbox> => {
  const resolved = resolveSandboxOptions(options, Date.now());
  const savedState = resolved.stateFile === null ? null : readSandboxStateFile(resolved.stateFile);
  const store = new SandboxStore();
  const faults = new FaultInjector();
  const deliveries = new WebhookDeliveryLog(WEBHOOK_DELIVERY_LOG_CAPACITY);
  const oauth = new OAuthState();
  for (const app of resolved.apps) oauth.registerApp(app);
  let listenUrl = '';

  const clock = createSandboxClock();
  const context: SandboxContext = {
    options: resolved,
    settings: { autoApprove: resolved.autoApprove },
    clock,
    store,
    oauth,
    apiKeys: new ApiKeyStore(),
    rateLimiter: new RateLimiter(resolved.rateLimitPerMinute, RATE_LIMIT_WINDOW_MS),
    faults,
    webhooks: new WebhookDispatcher({
      store,
      clock,
      deliveries,
      faults,
      retrySchedule: resolved.webhookRetrySchedule,
      timeoutMs: resolved.webhookTimeoutMs,
    }),
    deliveries,
    sortedViews: new SortedViewCache(),
    bodyBuffers: new BodyBufferPool(FREE_BODY_BUFFERS),
    signingKey: await createSigningKey(),
    baseUrl: (host) => resolved.publicUrl ?? (host === undefined ? listenUrl : `http://${host}`),
  };
  reseedSandbox(context, {
    seed: resolved.seed,
    members: resolved.members,
    // A saved state keeps the data's dates, unless the options set them.
    referenceTime:
      options.referenceDate === undefined && savedState !== null
        ? savedState.referenceTime
        : resolved.referenceTime,
  });
  if (savedState !== null) restoreSandboxState(context, savedState);

  const app = await buildSandboxServer(context);
  await app.listen({ port: resolved.port, host: resolved.host });
  const { port } = app.server.address() as AddressInfo;
  listenUrl = `http://${urlHost(resolved.host)}:${port}`;

  const sweeper = setInterval(() => oauth.sweep(context.clock.now()), SWEEP_INTERVAL_MS);
  sweeper.unref();

  return {
    url: context.baseUrl(),
    port,
    state: store,
    close: async () => {
      clearInterval(sweeper);
      await context.webhooks.close();
      await app.close();
    },
  };
};
