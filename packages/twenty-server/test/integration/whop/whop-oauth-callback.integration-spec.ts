import {
  createTestWorkspace,
  type TestWorkspace,
} from 'test/integration/utils/create-test-workspace';
import { graphqlRequest } from 'test/integration/utils/graphql-request';
import {
  followRedirect,
  startConnectingWhop,
} from 'test/integration/whop/utils/connect-whop-through-oauth';
import {
  startWhopTestStack,
  type WhopTestStack,
} from 'test/integration/whop/utils/start-whop-test-stack';

// Whop's redirect back to us is a URL anyone can forge or replay: whatever is wrong with it, the
// seller lands on the Whop settings page with an error code and nothing is connected.
describe('the Whop OAuth callback', () => {
  let stack: WhopTestStack;
  let seller: TestWorkspace;

  beforeAll(async () => {
    stack = await startWhopTestStack({ members: 5 });
    seller = await createTestWorkspace(stack.app, 'Callback');
  });

  afterAll(() => stack?.stop());

  const startConnecting = () => startConnectingWhop(stack.app, seller.token);

  // The callback as Whop would call it, for the flow that `authorizeUrl` started.
  const callBack = (authorizeUrl: URL, params: Record<string, string>): Promise<URL> => {
    const callbackUrl = new URL(authorizeUrl.searchParams.get('redirect_uri') as string);

    for (const [name, value] of Object.entries(params)) callbackUrl.searchParams.set(name, value);

    return followRedirect(callbackUrl);
  };

  const countConnections = async (): Promise<number> =>
    (await graphqlRequest(stack.app, '{ whopConnections { id } }', {}, seller.token)).data
      .whopConnections.length;

  it('says access was denied when the seller refuses consent on Whop', async () => {
    const authorizeUrl = await startConnecting();
    const landing = await callBack(authorizeUrl, {
      state: authorizeUrl.searchParams.get('state') as string,
      error: 'access_denied',
    });

    expect(landing.pathname).toBe('/settings/integrations/whop');
    expect(landing.searchParams.get('error')).toBe('OAUTH_ACCESS_DENIED');
    expect(await countConnections()).toBe(0);
  });

  it('refuses a forged state', async () => {
    const authorizeUrl = await startConnecting();
    const landing = await callBack(authorizeUrl, { state: 'forged.c2lnbmF0dXJl', code: 'code' });

    expect(landing.searchParams.get('error')).toBe('OAUTH_STATE_INVALID');
    expect(await countConnections()).toBe(0);
  });

  it('refuses a code Whop does not exchange', async () => {
    const authorizeUrl = await startConnecting();
    const landing = await callBack(authorizeUrl, {
      state: authorizeUrl.searchParams.get('state') as string,
      code: 'not-a-code-whop-issued',
    });

    expect(landing.searchParams.get('error')).toBe('OAUTH_FAILED');
    expect(await countConnections()).toBe(0);
  });

  it('connects once, and refuses the same callback replayed', async () => {
    const callbackUrl = await followRedirect(await startConnecting());
    const connected = await followRedirect(callbackUrl);
    const replayed = await followRedirect(callbackUrl);

    expect(connected.searchParams.get('connected')).toEqual(expect.any(String));
    expect(connected.searchParams.get('reconnected')).toBeNull();
    expect(replayed.searchParams.get('error')).toBe('OAUTH_STATE_INVALID');
    expect(replayed.searchParams.get('connected')).toBeNull();
    expect(await countConnections()).toBe(1);
  });

  it('renews the connection, and says so, when the same company is connected again', async () => {
    const [{ id }] = (
      await graphqlRequest(stack.app, '{ whopConnections { id } }', {}, seller.token)
    ).data.whopConnections;
    const landing = await followRedirect(await followRedirect(await startConnecting()));

    expect(landing.searchParams.get('connected')).toBe(id);
    expect(landing.searchParams.get('reconnected')).toBe('true');
    expect(await countConnections()).toBe(1);
  });
});
