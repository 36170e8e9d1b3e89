import {
  type CanActivate,
  type ExecutionContext,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';

import { IS_PUBLIC_KEY } from 'src/engine/core-modules/auth/decorators/public.decorator';
import { TokenService } from 'src/engine/core-modules/auth/services/token.service';
import { WorkspaceCallerService } from 'src/engine/core-modules/auth/services/workspace-caller.service';
import { getRequestFromContext } from 'src/engine/core-modules/auth/utils/get-request-from-context.util';

// Global guard: every GraphQL operation and REST route needs a valid workspace token (a user's
// access token still bound to the workspace, or a live API key) unless it is marked @Public().
@Injectable()
export class WorkspaceAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokenService: TokenService,
    private readonly callerService: WorkspaceCallerService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);

    if (isPublic) {
      return true;
    }
    const request = getRequestFromContext(context);

    // A GraphQL operation runs this guard once per top-level field: authenticate the request once.
    if (request.auth) {
      return true;
    }
    const header = request.headers.authorization ?? '';
    const [scheme, token] = header.split(' ');

    if (scheme?.toLowerCase() !== 'bearer' || !token) {
      throw new UnauthorizedException('Missing bearer token');
    }
    const payload = (() => {
      try {
        return this.tokenService.verify(token);
      } catch {
        throw new UnauthorizedException('Invalid or expired token');
      }
    })();

    if (payload.type === 'API_KEY') {
      const workspace = await this.callerService.findWorkspaceOfLiveApiKey(
        payload.workspaceId,
        payload.jti,
      );

      if (!workspace) {
        throw new UnauthorizedException('API key revoked or expired');
      }
      request.auth = { workspace, userId: null, apiKeyId: payload.jti };

      return true;
    }
    const workspace = await this.callerService.findWorkspaceOfMember(
      payload.workspaceId,
      payload.sub,
    );

    if (!workspace) {
      throw new UnauthorizedException('User is not a member of this workspace');
    }
    request.auth = { workspace, userId: payload.sub, apiKeyId: null };

    return true;
  }
}
