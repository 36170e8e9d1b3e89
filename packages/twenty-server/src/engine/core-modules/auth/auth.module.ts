import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';

import { ApiKeyService } from 'src/engine/core-modules/api-key/api-key.service';
import { AuthResolver } from 'src/engine/core-modules/auth/auth.resolver';
import { WorkspaceAuthGuard } from 'src/engine/core-modules/auth/guards/workspace-auth.guard';
import { AuthService } from 'src/engine/core-modules/auth/services/auth.service';
import { SignInThrottleService } from 'src/engine/core-modules/auth/services/sign-in-throttle.service';
import { TokenService } from 'src/engine/core-modules/auth/services/token.service';
import { WorkspaceCallerService } from 'src/engine/core-modules/auth/services/workspace-caller.service';
import { UserService } from 'src/engine/core-modules/user/user.service';
import { WorkspaceResolver } from 'src/engine/core-modules/workspace/workspace.resolver';
import { WorkspaceService } from 'src/engine/core-modules/workspace/workspace.service';
import { WorkspaceMigrationRunnerService } from 'src/engine/workspace-manager/workspace-migration-runner.service';

@Global()
@Module({
  providers: [
    TokenService,
    WorkspaceCallerService,
    AuthService,
    SignInThrottleService,
    AuthResolver,
    UserService,
    ApiKeyService,
    WorkspaceService,
    WorkspaceResolver,
    WorkspaceMigrationRunnerService,
    { provide: APP_GUARD, useClass: WorkspaceAuthGuard },
  ],
  exports: [
    TokenService,
    WorkspaceCallerService,
    UserService,
    ApiKeyService,
    WorkspaceService,
    WorkspaceMigrationRunnerService,
  ],
})
export class AuthModule {}
