import type { SandboxContext } from '../sandbox-context.type';
import type { PersistedSandboxState } from './persisted-sandbox-state.type';

type StateContext = Pick<SandboxContext, 'oauth' | 'apiKeys' | 'store' | 'clock'>;

export const snapshotSandboxState = (context: StateContext): PersistedSandboxState => ({
  version: 1,
  referenceTime: context.store.referenceTime,
  apps: context.oauth.listApps(),
  ...context.oauth.liveCredentials(context.clock.now()),
  apiKeys: context.apiKeys.all(),
  webhookEndpoints: [...context.store.webhookEndpoints.all()],
});

// Apps the start options do not define come back (those they define win). Of the rest, only what
// belongs to the current company comes back: a state saved with another seed holds grants, keys
// and endpoints of a company that no longer exists.
export const restoreSandboxState = (context: StateContext, state: PersistedSandboxState): void => {
  for (const app of state.apps)
    if (context.oauth.app(app.clientId) === undefined) context.oauth.registerApp(app);
  const companyId = context.store.company.id;
  const grants = state.grants.filter((grant) => grant.companyId === companyId);
  const grantIds = new Set(grants.map((grant) => grant.id));
  context.oauth.restoreCredentials({
    grants,
    accessTokens: state.accessTokens.filter((token) => grantIds.has(token.grantId)),
    refreshTokens: state.refreshTokens.filter((token) => grantIds.has(token.grantId)),
  });
  context.apiKeys.restore(state.apiKeys.filter((apiKey) => apiKey.companyId === companyId));
  for (const endpoint of state.webhookEndpoints)
    if (endpoint.companyId === companyId) context.store.webhookEndpoints.insert(endpoint);
};
