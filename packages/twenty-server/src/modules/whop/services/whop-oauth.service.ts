import { Injectable, Logger } from '@nestjs/common';
import * as oidc from 'openid-client';

import { getErrorMessage } from 'src/engine/utils/get-error-message.util';
import { WorkspaceCallerService } from 'src/engine/core-modules/auth/services/workspace-caller.service';
import { EnvironmentService } from 'src/engine/core-modules/environment/environment.service';
import { WHOP_OAUTH_SCOPES } from 'src/modules/whop/constants/whop-oauth-scopes.constant';
import { WhopException, WhopExceptionCode } from 'src/modules/whop/whop.exception';
import { WhopOAuthStateService } from 'src/modules/whop/services/whop-oauth-state.service';
import { classifyWhopTokenRefreshError } from 'src/modules/whop/utils/classify-whop-token-refresh-error.util';
import { readWhopOAuthRetryAfterMs } from 'src/modules/whop/utils/read-whop-oauth-retry-after-ms.util';
import { readWhopOAuthErrorCode } from 'src/modules/whop/utils/read-whop-oauth-error-code.util';

export type WhopTokenSet = {
  accessToken: string;
  refreshToken: string | null;
  expiresAt: Date | null;
  scopes: string[];
};

// What revoking a grant needs.
export type WhopGrantTokens = Pick<WhopTokenSet, 'accessToken' | 'refreshToken'>;

export type WhopOAuthCallbackResult = {
  workspaceId: string;
  userId: string | null;
  reconnectedCompanyId: string | null;
  tokens: WhopTokenSet;
  whopUser: { id: string; name: string | null; username: string | null; email: string | null };
};

// What the settings page says for an authorization Whop sent back refused: a permission the app
// is not given on Whop (`invalid_scope`) is one to grant there; anything else, Whop did not accept.
const OAUTH_ERROR_CODES: Record<string, WhopExceptionCode> = {
  access_denied: WhopExceptionCode.OAUTH_ACCESS_DENIED,
  invalid_scope: WhopExceptionCode.INSUFFICIENT_PERMISSIONS,
};

const describe = (error: unknown) =>
  error instanceof oidc.ResponseBodyError
    ? `${error.error}${error.error_description ? `: ${error.error_description}` : ''}`
    : getErrorMessage(error);

// OAuth 2.1 + PKCE + OpenID Connect against Whop (or the sandbox), through openid-client: endpoints
// come from discovery at WHOP_OAUTH_URL.
@Injectable()
export class WhopOAuthService {
  private readonly logger = new Logger(WhopOAuthService.name);
  private configuration: Promise<oidc.Configuration> | null = null;

  constructor(
    private readonly environmentService: EnvironmentService,
    private readonly stateService: WhopOAuthStateService,
    private readonly callerService: WorkspaceCallerService,
  ) {}

  // The URL to send the browser to, and the key that browser keeps until Whop sends it back.
  async buildAuthorizeUrl(binding: {
    workspaceId: string;
    userId: string | null;
    apiKeyId: string | null;
    reconnectedCompanyId: string | null;
  }): Promise<{ authorizeUrl: string; state: string; browserKey: string }> {
    const config = await this.getConfiguration();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const nonce = oidc.randomNonce();
    const { state, browserKey } = await this.stateService.issue({
      ...binding,
      codeVerifier,
      nonce,
    });
    const authorizeUrl = oidc
      .buildAuthorizationUrl(config, {
        redirect_uri: this.environmentService.get('WHOP_REDIRECT_URI'),
        scope: WHOP_OAUTH_SCOPES.join(' '),
        state,
        nonce,
        code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
      })
      .toString();

    return { authorizeUrl, state, browserKey };
  }

  // `browserKey`: what the browser Whop sent back kept for this flow, if anything.
  async handleCallback(
    callbackUrl: URL,
    browserKey: string | undefined,
  ): Promise<WhopOAuthCallbackResult> {
    const state = callbackUrl.searchParams.get('state') ?? '';
    const consumed = await this.stateService.consume(state, browserKey);

    if (!consumed) {
      throw new WhopException(
        'Invalid, expired or reused OAuth state',
        WhopExceptionCode.OAUTH_STATE_INVALID,
      );
    }
    if (!consumed.sameBrowser) {
      throw new WhopException(
        'The OAuth callback reached a browser other than the one that started the flow',
        WhopExceptionCode.OAUTH_OTHER_BROWSER,
      );
    }
    const binding = consumed.payload;

    // Approving on Whop can take the state's ten minutes: a user removed from the workspace, or
    // an API key revoked, meanwhile connects nothing to it.
    if (!(await this.callerService.isStillAllowed(binding))) {
      throw new WhopException(
        'Whoever started connecting may no longer act in this workspace',
        WhopExceptionCode.OAUTH_STATE_INVALID,
      );
    }
    const denied = callbackUrl.searchParams.get('error');

    if (denied) {
      // Whop's description goes to the server's log only (the page words the code itself), on one
      // line: it names, say, the permission the app lacks.
      const description = (callbackUrl.searchParams.get('error_description') ?? '')
        .replace(/[\p{Cc}\p{Cf}]+/gu, ' ')
        .slice(0, 300);

      throw new WhopException(
        `Whop returned ${denied}${description ? `: ${description}` : ''}`,
        Object.hasOwn(OAUTH_ERROR_CODES, denied)
          ? OAUTH_ERROR_CODES[denied]
          : WhopExceptionCode.OAUTH_FAILED,
      );
    }
    const config = await this.getConfiguration();
    // Issued, but not to be kept when what follows fails.
    let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>> | undefined;

    try {
      const redirectUri = new URL(this.environmentService.get('WHOP_REDIRECT_URI'));
      const currentUrl = new URL(redirectUri);

      currentUrl.search = callbackUrl.search;
      tokens = await oidc.authorizationCodeGrant(config, currentUrl, {
        pkceCodeVerifier: binding.codeVerifier,
        expectedState: state,
        expectedNonce: binding.nonce,
      });
      const claims = tokens.claims();
      const userInfo = await oidc.fetchUserInfo(
        config,
        tokens.access_token,
        claims?.sub ?? oidc.skipSubjectCheck,
      );

      return {
        workspaceId: binding.workspaceId,
        userId: binding.userId,
        reconnectedCompanyId: binding.reconnectedCompanyId ?? null,
        tokens: this.toTokenSet(tokens),
        whopUser: {
          id: userInfo.sub,
          name: typeof userInfo.name === 'string' ? userInfo.name : null,
          username:
            typeof userInfo.preferred_username === 'string' ? userInfo.preferred_username : null,
          email: typeof userInfo.email === 'string' ? userInfo.email : null,
        },
      };
    } catch (error) {
      if (tokens) await this.revokeQuietly(this.toTokenSet(tokens));
      throw new WhopException(
        `Code exchange failed: ${describe(error)}`,
        WhopExceptionCode.OAUTH_FAILED,
      );
    }
  }

  // Whop rotates the refresh token on every use: the caller must store the new one.
  async refresh(refreshToken: string): Promise<WhopTokenSet> {
    const config = await this.getConfiguration();

    try {
      return this.toTokenSet(await oidc.refreshTokenGrant(config, refreshToken));
    } catch (error) {
      const { code, reason } = classifyWhopTokenRefreshError(await readWhopOAuthErrorCode(error));

      throw new WhopException(
        reason ? `${reason} (${describe(error)})` : `Token refresh failed: ${describe(error)}`,
        code,
        {
          ...(reason && { userFriendlyMessage: reason }),
          retryAfterMs: readWhopOAuthRetryAfterMs(error, Date.now()),
        },
      );
    }
  }

  async revoke(
    token: string,
    tokenTypeHint: 'refresh_token' | 'access_token' = 'refresh_token',
  ): Promise<void> {
    const config = await this.getConfiguration();

    await oidc.tokenRevocation(config, token, { token_type_hint: tokenTypeHint });
  }

  // Gives up a grant that is not kept (or no longer); a failure is only logged (the grant then
  // lapses on Whop's side).
  async revokeQuietly({ refreshToken, accessToken }: WhopGrantTokens): Promise<void> {
    await (
      refreshToken ? this.revoke(refreshToken) : this.revoke(accessToken, 'access_token')
    ).catch((error: unknown) =>
      this.logger.warn(`Revoking a grant not kept failed: ${describe(error)}`),
    );
  }

  private toTokenSet(tokens: oidc.TokenEndpointResponse): WhopTokenSet {
    return {
      accessToken: tokens.access_token,
      refreshToken: tokens.refresh_token ?? null,
      expiresAt:
        typeof tokens.expires_in === 'number'
          ? new Date(Date.now() + tokens.expires_in * 1000)
          : null,
      // A token response names its scope only when it differs from the one asked for (RFC 6749,
      // 5.1): Whop documents none in its answer.
      scopes:
        typeof tokens.scope === 'string'
          ? tokens.scope.split(' ').filter(Boolean)
          : [...WHOP_OAUTH_SCOPES],
    };
  }

  private getConfiguration(): Promise<oidc.Configuration> {
    if (!this.configuration) {
      const issuer = new URL(this.environmentService.get('WHOP_OAUTH_URL'));
      const clientId = this.environmentService.get('WHOP_CLIENT_ID');
      const clientSecret = this.environmentService.get('WHOP_CLIENT_SECRET') || undefined;
      const clientAuthentication = clientSecret ? undefined : oidc.None();
      // Plain http only reaches a Whop on this machine (the sandbox): see readEnvironmentVariables.
      const isInsecure = issuer.protocol === 'http:';

      this.configuration = oidc
        .discovery(
          issuer,
          clientId,
          clientSecret,
          clientAuthentication,
          isInsecure ? { execute: [oidc.allowInsecureRequests] } : undefined,
        )
        .then((discovered) => {
          // Whop documents its revocation endpoint (WHOP_API.md), not that discovery names it:
          // without one, Disconnect would leave the grant alive on Whop.
          // (supportsPKCE is a helper openid-client adds, not metadata.)
          const { supportsPKCE: _supportsPKCE, ...metadata } = discovered.serverMetadata();

          if (metadata.revocation_endpoint) return discovered;
          const configuration = new oidc.Configuration(
            { ...metadata, revocation_endpoint: new URL('/oauth/revoke', issuer).href },
            clientId,
            clientSecret,
            clientAuthentication,
          );

          if (isInsecure) oidc.allowInsecureRequests(configuration);

          return configuration;
        })
        .catch((error: unknown) => {
          this.configuration = null;
          throw new WhopException(
            `OIDC discovery at ${issuer} failed: ${describe(error)}`,
            WhopExceptionCode.TEMPORARY_ERROR,
          );
        });
    }

    return this.configuration;
  }
}
