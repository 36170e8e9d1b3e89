import { Controller, Get, Logger, Req, Res } from '@nestjs/common';
import { parseCookie } from 'cookie';
import { type Request, type Response } from 'express';
import { isWhopConnectErrorCode } from 'twenty-shared';

import { Public } from 'src/engine/core-modules/auth/decorators/public.decorator';
import { EnvironmentService } from 'src/engine/core-modules/environment/environment.service';
import { WhopConnectionService } from 'src/modules/whop/services/whop-connection.service';
import { WhopOAuthService } from 'src/modules/whop/services/whop-oauth.service';
import {
  buildWhopOAuthBrowserCookie,
  isWhopOAuthStateWellFormed,
} from 'src/modules/whop/utils/whop-oauth-browser-cookie.util';
import { WhopException, WhopExceptionCode } from 'src/modules/whop/whop.exception';

const SETTINGS_PATH = '/settings/integrations/whop';

// Whop sends the seller back here after consent. The state proves who started the flow, and the
// flow's cookie that this browser is the one that started it (the cookie is cleared either way);
// nothing is written unless the exchange and the company lookup succeed. Either way the browser
// lands on the Whop settings page, with the new connection or an error code the page words (a code,
// never a message: anyone can craft a link to that page, so it shows only texts of its own).
@Controller('auth/whop')
export class WhopOAuthController {
  private readonly logger = new Logger(WhopOAuthController.name);

  constructor(
    private readonly environmentService: EnvironmentService,
    private readonly oauthService: WhopOAuthService,
    private readonly connectionService: WhopConnectionService,
  ) {}

  @Public()
  @Get('callback')
  async callback(@Req() request: Request, @Res() response: Response): Promise<void> {
    const target = new URL(SETTINGS_PATH, this.environmentService.get('FRONTEND_URL'));
    const callbackUrl = new URL(request.originalUrl, this.environmentService.get('SERVER_URL'));
    const state = callbackUrl.searchParams.get('state') ?? '';
    const browserCookie = isWhopOAuthStateWellFormed(state)
      ? buildWhopOAuthBrowserCookie(state, this.environmentService.get('WHOP_REDIRECT_URI'))
      : null;

    if (browserCookie !== null) {
      response.clearCookie(browserCookie.name, browserCookie.options);
    }
    try {
      const result = await this.oauthService.handleCallback(
        callbackUrl,
        browserCookie === null
          ? undefined
          : parseCookie(request.headers.cookie ?? '')[browserCookie.name],
      );
      const { connection, reconnected } = await this.connectionService.connectFromOAuth(result);

      target.searchParams.set('connected', connection.id);
      if (reconnected) target.searchParams.set('reconnected', 'true');
    } catch (error) {
      const exception = error instanceof WhopException ? error : null;

      this.logger.warn(`Whop OAuth callback failed: ${exception?.message ?? String(error)}`);
      const code = exception?.code ?? WhopExceptionCode.UNKNOWN;

      target.searchParams.set('error', isWhopConnectErrorCode(code) ? code : 'UNKNOWN');
    }
    response.redirect(302, target.toString());
  }
}
