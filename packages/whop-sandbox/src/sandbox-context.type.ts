import type { ApiKeyStore } from './auth/api-key-store';
import type { SandboxClock } from './clock/sandbox-clock';
import type { FaultInjector } from './faults/fault-injector';
import type { OAuthState } from './oauth/oauth-state';
import type { SigningKey } from './oauth/signing-key.util';
import type { SortedViewCache } from './pagination/sorted-view-cache';
import type { RateLimiter } from './rate-limit/rate-limiter';
import type { ResolvedSandboxOptions } from './sandbox-options.type';
import type { BodyBufferPool } from './server/body-buffer-pool';
import type { SandboxStore } from './store/sandbox-store';
import type { WebhookDeliveryLog } from './webhooks/webhook-delivery-log';
import type { WebhookDispatcher } from './webhooks/webhook-dispatcher';

// Everything a running sandbox holds, handed to each route module.
export type SandboxContext = {
  options: ResolvedSandboxOptions;
  settings: { autoApprove: boolean };
  clock: SandboxClock;
  store: SandboxStore;
  oauth: OAuthState;
  apiKeys: ApiKeyStore;
  rateLimiter: RateLimiter;
  faults: FaultInjector;
  webhooks: WebhookDispatcher;
  deliveries: WebhookDeliveryLog;
  sortedViews: SortedViewCache;
  bodyBuffers: BodyBufferPool;
  signingKey: SigningKey;
  // The issuer and base of every absolute URL: `publicUrl` when set, else the Host a request came
  // to (a client using localhost and one using 127.0.0.1 each see consistent metadata), else the
  // address the server listens on.
  baseUrl: (host?: string) => string;
};
