import { Injectable } from '@nestjs/common';
import * as oidc from 'openid-client';

import { getErrorMessage } from 'src/engine/utils/get-error-message.util';
import { EnvironmentService } from 'src/engine/core-modules/environment/environment.service';
import { WHOP_OAUTH_SCOPES } from 'src/modules/whop/constants/whop-oauth-scopes.constant';
import { WhopException, WhopExceptionCode } from 'src/modules/whop/whop.exception';
import { WhopOAuthStateService } from 'src/modules/whop/services/whop-oauth-state.service';

export type WhopTokenSet = {
  accessToken: string;
  refreshToken: string | null;
  expiresAt: Date | null;
  scopes: string[];
};

export type WhopOAuthCallbackResult = {
  workspaceId: string;
  userId: string | null;
  tokens: WhopTokenSet;
  whopUser: { id: string; name: string | null; username: string | null; email: string | null };
};

const describe = (error: unknown) =>
  error instanceof oidc.ResponseBodyError
    ? `${error.error}${error.error_description ? `: ${error.error_description}` : ''}`
    : getErrorMessage(error);

// OAuth 2.1 + PKCE + OpenID Connect against Whop (or the sandbox), through openid-client: endpoints
// come from discovery at WHOP_OAUTH_URL.
@Injectable()
export class WhopOAuthService {
  private configuration: Promise<oidc.Configuration> | null = null;

  constructor(
    private readonly environmentService: EnvironmentService,
    private readonly stateService: WhopOAuthStateService,
  ) {}

  async buildAuthorizeUrl(binding: {
    workspaceId: string;
    userId: string | null;
  }): Promise<string> {
    const config = await this.getConfiguration();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const nonce = oidc.randomNonce();
    const state = await this.stateService.issue({ ...binding, codeVerifier, nonce });

    return oidc
      .buildAuthorizationUrl(config, {
        redirect_uri: this.environmentService.get('WHOP_REDIRECT_URI'),
        scope: WHOP_OAUTH_SCOPES.join(' '),
        state,
        nonce,
        code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
      })
      .toString();
  }

  async handleCallback(callbackUrl: URL): Promise<WhopOAuthCallbackResult> {
    const state = callbackUrl.searchParams.get('state') ?? '';
    const binding = await this.stateService.consume(state);

    if (!binding) {
      throw new WhopException(
        'Invalid, expired or reused OAuth state',
        WhopExceptionCode.OAUTH_STATE_INVALID,
      );
    }
    const denied = callbackUrl.searchParams.get('error');

    if (denied) {
      throw new WhopException(
        `Whop returned ${denied}`,
        denied === 'access_denied'
          ? WhopExceptionCode.OAUTH_ACCESS_DENIED
          : WhopExceptionCode.OAUTH_FAILED,
      );
    }
    const config = await this.getConfiguration();

    try {
      const redirectUri = new URL(this.environmentService.get('WHOP_REDIRECT_URI'));
      const currentUrl = new URL(redirectUri);

      currentUrl.search = callbackUrl.search;
      const tokens = await oidc.authorizationCodeGrant(config, currentUrl, {
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
      const isGrantError =
        error instanceof oidc.ResponseBodyError &&
        ['invalid_grant', 'invalid_client', 'unauthorized_client'].includes(error.error);

      throw new WhopException(
        `Token refresh failed: ${describe(error)}`,
        isGrantError ? WhopExceptionCode.AUTH_FAILED : WhopExceptionCode.TEMPORARY_ERROR,
      );
    }
  }

  async revoke(refreshToken: string): Promise<void> {
    const config = await this.getConfiguration();

    await oidc.tokenRevocation(config, refreshToken, { token_type_hint: 'refresh_token' });
  }

  private toTokenSet(tokens: oidc.TokenEndpointResponse): WhopTokenSet {
    return {
      accessToken: tokens.access_token,
      refreshToken: tokens.refresh_token ?? null,
      expiresAt:
        typeof tokens.expires_in === 'number'
          ? new Date(Date.now() + tokens.expires_in * 1000)
          : null,
      scopes: typeof tokens.scope === 'string' ? tokens.scope.split(' ').filter(Boolean) : [],
    };
  }

  private getConfiguration(): Promise<oidc.Configuration> {
    if (!this.configuration) {
      const issuer = new URL(this.environmentService.get('WHOP_OAUTH_URL'));
      const clientSecret = this.environmentService.get('WHOP_CLIENT_SECRET') || undefined;

      this.configuration = oidc
        .discovery(
          issuer,
          this.environmentService.get('WHOP_CLIENT_ID'),
          clientSecret,
          clientSecret ? undefined : oidc.None(),
          issuer.protocol === 'http:' ? { execute: [oidc.allowInsecureRequests] } : undefined,
        )
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
