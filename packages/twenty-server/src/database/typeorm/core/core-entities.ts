import { ApiKey } from 'src/engine/core-modules/api-key/api-key.entity';
import { UserWorkspace } from 'src/engine/core-modules/user/user-workspace.entity';
import { User } from 'src/engine/core-modules/user/user.entity';
import { Workspace } from 'src/engine/core-modules/workspace/workspace.entity';
import { WhopConnection } from 'src/modules/whop/entities/whop-connection.entity';
import { WhopSyncLog } from 'src/modules/whop/entities/whop-sync-log.entity';

export const coreEntities = [Workspace, User, UserWorkspace, ApiKey, WhopConnection, WhopSyncLog];
