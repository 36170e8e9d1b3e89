import type { ApiKeyRecord } from '../auth/api-key-store';
import type { LiveCredentials } from '../oauth/oauth-state';
import type { SandboxApp } from '../types/sandbox-app.type';
import type { WebhookEndpointRecord } from '../types/sandbox-records.type';

// What a restart must not forget, as Whop would not: the instant the data was generated for (so
// it is generated again with the same dates, not moved to a later day), the OAuth apps, the grants
// and tokens clients hold, the company API keys minted for them and the webhook endpoints they
// registered. The data itself is generated again from the seed.
export type PersistedSandboxState = LiveCredentials & {
  version: 1;
  referenceTime: number;
  apps: SandboxApp[];
  apiKeys: ApiKeyRecord[];
  webhookEndpoints: WebhookEndpointRecord[];
};
