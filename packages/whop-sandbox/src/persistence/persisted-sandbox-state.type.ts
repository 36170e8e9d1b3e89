import type { ApiKeyRecord } from '../auth/api-key-store';
import type { LiveCredentials } from '../oauth/oauth-state';
import type { WebhookEndpointRecord } from '../types/sandbox-records.type';

// What clients did to the sandbox that a restart must not forget, as Whop would not: the grants
// and tokens they hold, the company API keys minted for them and the webhook endpoints they
// registered. The data itself is generated again from the seed.
export type PersistedSandboxState = LiveCredentials & {
  version: 1;
  apiKeys: ApiKeyRecord[];
  webhookEndpoints: WebhookEndpointRecord[];
};
