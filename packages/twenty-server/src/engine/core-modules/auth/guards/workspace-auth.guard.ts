import {
  type CanActivate,
  type ExecutionContext,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

import { ApiKey } from 'src/engine/core-modules/api-key/api-key.entity';
import { IS_PUBLIC_KEY } from 'src/engine/core-modules/auth/decorators/public.decorator';
import {
  type AccessTokenPayload,
  type ApiKeyTokenPayload,
  TokenService,
} from 'src/engine/core-modules/auth/services/token.service';
import { getRequestFromContext } from 'src/engine/core-modules/auth/utils/get-request-from-context.util';
import { UserWorkspace } from 'src/engine/core-modules/user/user-workspace.entity';
import { Workspace } from 'src/engine/core-modules/workspace/workspace.entity';

// Global guard: every GraphQL operation and REST route needs a valid workspace token (a user's
// access token still bound to the workspace, or a live API key) unless it is marked @Public().
@Injectable()
export class WorkspaceAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokenService: TokenService,
    @InjectRepository(Workspace) private readonly workspaceRepository: Repository<Workspace>,
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
      const workspace = await this.findWorkspaceOfLiveApiKey(payload);

      if (!workspace) {
        throw new UnauthorizedException('API key revoked or expired');
      }
      request.auth = { workspace, userId: null, apiKeyId: payload.jti };

      return true;
    }
    const workspace = await this.findWorkspaceOfMember(payload);

    if (!workspace) {
      throw new UnauthorizedException('User is not a member of this workspace');
    }
    request.auth = { workspace, userId: payload.sub, apiKeyId: null };

    return true;
  }

  // One query: the workspace named by the token, found only through a key of that same workspace
  // that is neither revoked nor expired.
  private findWorkspaceOfLiveApiKey(payload: ApiKeyTokenPayload): Promise<Workspace | null> {
    return this.workspaceRepository
      .createQueryBuilder('workspace')
      .innerJoin(ApiKey, 'apiKey', 'apiKey.workspaceId = workspace.id')
      .where('workspace.id = :workspaceId', { workspaceId: payload.workspaceId })
      .andWhere('apiKey.id = :apiKeyId', { apiKeyId: payload.jti })
      .andWhere('apiKey.revokedAt IS NULL')
      .andWhere('apiKey.expiresAt > :now', { now: new Date() })
      .getOne();
  }

  // One query: the workspace named by the token, found only through the user's membership of it.
  private findWorkspaceOfMember(payload: AccessTokenPayload): Promise<Workspace | null> {
    return this.workspaceRepository
      .createQueryBuilder('workspace')
      .innerJoin(UserWorkspace, 'userWorkspace', 'userWorkspace.workspaceId = workspace.id')
      .where('workspace.id = :workspaceId', { workspaceId: payload.workspaceId })
      .andWhere('userWorkspace.userId = :userId', { userId: payload.sub })
      .getOne();
  }
}
