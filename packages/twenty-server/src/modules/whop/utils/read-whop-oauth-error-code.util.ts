import * as oidc from 'openid-client';
import { isDefined } from 'twenty-shared';

const readBodyErrorCode = async (response: Response): Promise<string | undefined> => {
  try {
    const body: unknown = await response.json();

    return typeof body === 'object' &&
      body !== null &&
      'error' in body &&
      typeof body.error === 'string'
      ? body.error
      : undefined;
  } catch {
    return undefined;
  }
};

// The OAuth error code (`invalid_grant`, `invalid_client`…) of a refused token request, undefined
// when the answer carries none. An answer with a WWW-Authenticate challenge (which OAuth allows for
// a 401, and asks for when the client authenticated with HTTP Basic) is reported by the OAuth client
// before it reads the body: the code is then the challenge's `error` parameter, else the body's.
export const readWhopOAuthErrorCode = async (error: unknown): Promise<string | undefined> => {
  if (error instanceof oidc.ResponseBodyError) return error.error;
  if (!(error instanceof oidc.WWWAuthenticateChallengeError)) return undefined;

  return (
    error.cause.map(({ parameters }) => parameters.error).find(isDefined) ??
    (await readBodyErrorCode(error.response))
  );
};
