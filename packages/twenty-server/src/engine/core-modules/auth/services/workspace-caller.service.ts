import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

import { ApiKey } from 'src/engine/core-modules/api-key/api-key.entity';
import { UserWorkspace } from 'src/engine/core-modules/user/user-workspace.entity';
import { Workspace } from 'src/engine/core-modules/workspace/workspace.entity';

// Who may act in a workspace: a member of it, or a live API key of it. Asked by the guard for each
// request, and again by any flow that acts later on a caller's behalf (the Connect Whop callback).
@Injectable()
export class WorkspaceCallerService {
  constructor(
    @InjectRepository(Workspace) private readonly workspaceRepository: Repository<Workspace>,
  ) {}

  // One query: the workspace, found only through a key of that same workspace that is neither
  // revoked nor expired.
  findWorkspaceOfLiveApiKey(workspaceId: string, apiKeyId: string): Promise<Workspace | null> {
    return this.workspaceRepository
      .createQueryBuilder('workspace')
      .innerJoin(ApiKey, 'apiKey', 'apiKey.workspaceId = workspace.id')
      .where('workspace.id = :workspaceId', { workspaceId })
      .andWhere('apiKey.id = :apiKeyId', { apiKeyId })
      .andWhere('apiKey.revokedAt IS NULL')
      .andWhere('apiKey.expiresAt > :now', { now: new Date() })
      .getOne();
  }

  // One query: the workspace, found only through the user's membership of it.
  findWorkspaceOfMember(workspaceId: string, userId: string): Promise<Workspace | null> {
    return this.workspaceRepository
      .createQueryBuilder('workspace')
      .innerJoin(UserWorkspace, 'userWorkspace', 'userWorkspace.workspaceId = workspace.id')
      .where('workspace.id = :workspaceId', { workspaceId })
      .andWhere('userWorkspace.userId = :userId', { userId })
      .getOne();
  }

  // Whether a caller seen earlier (a user, else an API key) may still act in the workspace.
  async isStillAllowed(caller: {
    workspaceId: string;
    userId: string | null;
    apiKeyId: string | null;
  }): Promise<boolean> {
    if (caller.userId !== null) {
      return (await this.findWorkspaceOfMember(caller.workspaceId, caller.userId)) !== null;
    }
    if (caller.apiKeyId !== null) {
      return (await this.findWorkspaceOfLiveApiKey(caller.workspaceId, caller.apiKeyId)) !== null;
    }

    return false;
  }
}
