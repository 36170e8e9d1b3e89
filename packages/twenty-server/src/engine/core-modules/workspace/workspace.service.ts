import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

import { Workspace } from 'src/engine/core-modules/workspace/workspace.entity';
import { WorkspaceMigrationRunnerService } from 'src/engine/workspace-manager/workspace-migration-runner.service';

@Injectable()
export class WorkspaceService {
  constructor(
    @InjectRepository(Workspace) private readonly workspaceRepository: Repository<Workspace>,
    private readonly workspaceMigrationRunner: WorkspaceMigrationRunnerService,
  ) {}

  // A workspace comes with its own schema holding the standard objects.
  async createWorkspace(displayName: string): Promise<Workspace> {
    const workspace = await this.workspaceRepository.save(
      this.workspaceRepository.create({ displayName }),
    );

    await this.workspaceMigrationRunner.migrateWorkspace(workspace.id);

    return workspace;
  }
}
