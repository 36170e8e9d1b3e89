import type { FastifyInstance, FastifyReply } from 'fastify';
import { asBody } from '../api/body-params.util';
import { readBearerToken } from '../auth/authenticate-bearer.util';
import type { SandboxContext } from '../sandbox-context.type';
import {
  type AuthorizeOutcome,
  completeAuthorization,
  startAuthorization,
} from './authorize.service';
import { authenticateClient, readClientCredentials } from './client-authentication.util';
import { renderConsentPage } from './consent-page.view';
import { renderErrorPage } from './error-page.view';
import { userClaims } from './id-token-claims.util';
import { OAuthError } from './oauth-error';
import {
  exchangeAuthorizationCode,
  refreshAccessToken,
  resolveAccessToken,
  revokeToken,
} from './token.service';

const sendOutcome = (
  context: SandboxContext,
  reply: FastifyReply,
  outcome: AuthorizeOutcome,
): FastifyReply => {
  if (outcome.kind === 'redirect') return reply.redirect(outcome.location, 302);
  reply.type('text/html; charset=utf-8').header('cache-control', 'no-store');
  if (outcome.kind === 'error_page') return reply.code(400).send(renderErrorPage(outcome.message));
  const { store } = context;
  return reply.send(
    renderConsentPage({
      requestId: outcome.pending.id,
      appName: outcome.app.name,
      scopes: outcome.pending.scopes,
      company: store.company,
      user: store.owner(),
    }),
  );
};

const invalidToken = (description: string) =>
  new OAuthError('invalid_token', description, 401, {
    'www-authenticate': `Bearer realm="whop", error="invalid_token", error_description="${description}"`,
  });

// Whop's OAuth 2.1 endpoints: authorization code + PKCE S256, rotating refresh tokens, OIDC userinfo.
export const registerOAuthRoutes = async (
  app: FastifyInstance,
  context: SandboxContext,
): Promise<void> => {
  app.setErrorHandler((error: Error & { statusCode?: number }, _request, reply) => {
    const status = error.statusCode ?? 500;
    const oauthError =
      error instanceof OAuthError
        ? error
        : status < 500
          ? new OAuthError('invalid_request', error.message)
          : new OAuthError('server_error', 'The authorization server failed.', 500);
    return reply
      .code(oauthError.status)
      .headers({ 'cache-control': 'no-store', ...oauthError.headers })
      .send(oauthError.toBody());
  });

  app.get('/oauth/authorize', async (request, reply) =>
    sendOutcome(
      context,
      reply,
      startAuthorization(context, request.query as Record<string, unknown>),
    ),
  );

  // The consent page's form: decision=approve|deny.
  app.post('/oauth/authorize', async (request, reply) => {
    const body = asBody(request.body);
    const requestId = typeof body.request_id === 'string' ? body.request_id : '';
    return sendOutcome(
      context,
      reply,
      completeAuthorization(context, requestId, body.decision === 'approve'),
    );
  });

  app.post('/oauth/token', async (request, reply) => {
    const body = asBody(request.body);
    const client = authenticateClient(
      context.oauth,
      readClientCredentials(request.headers.authorization, body),
    );
    const decision = context.rateLimiter.hit(`${client.clientId} POST /oauth/token`, Date.now());
    if (!decision.allowed) {
      throw new OAuthError(
        'rate_limit_exceeded',
        `Try again in ${decision.retryAfterSeconds} seconds.`,
        429,
        {
          'retry-after': String(decision.retryAfterSeconds),
        },
      );
    }
    reply.header('cache-control', 'no-store').header('pragma', 'no-cache');
    const issuer = context.baseUrl(request.headers.host);
    if (body.grant_type === 'authorization_code')
      return exchangeAuthorizationCode(context, client, body, issuer);
    if (body.grant_type === 'refresh_token')
      return refreshAccessToken(context, client, body, issuer);
    if (body.grant_type === undefined)
      throw new OAuthError('invalid_request', 'grant_type is required.');
    throw new OAuthError(
      'unsupported_grant_type',
      `grant_type ${String(body.grant_type)} is not supported.`,
    );
  });

  app.post('/oauth/revoke', async (request, reply) => {
    const body = asBody(request.body);
    const client = authenticateClient(
      context.oauth,
      readClientCredentials(request.headers.authorization, body),
      true,
    );
    revokeToken(context, client, body);
    return reply.code(200).send();
  });

  const userinfo = async (authorization: string | undefined) => {
    const token = readBearerToken(authorization);
    if (token === undefined) throw invalidToken('An access token is required.');
    const resolved = resolveAccessToken(context, token);
    if (resolved === 'expired') throw invalidToken('The access token has expired.');
    if (resolved === 'revoked') throw invalidToken('The access token has been revoked.');
    if (resolved === 'unknown') throw invalidToken('The access token is invalid.');
    if (!resolved.grant.scopes.includes('openid'))
      throw new OAuthError('insufficient_scope', 'The openid scope is required.', 403);
    const user = context.store.users.get(resolved.grant.userId);
    if (user === undefined) throw invalidToken('The user no longer exists.');
    return userClaims(user, resolved.grant.scopes);
  };
  app.get('/oauth/userinfo', async (request) => userinfo(request.headers.authorization));
  app.post('/oauth/userinfo', async (request) => userinfo(request.headers.authorization));
};
