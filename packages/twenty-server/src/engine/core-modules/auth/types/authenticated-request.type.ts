import { type Request } from 'express';

import { type Workspace } from 'src/engine/core-modules/workspace/workspace.entity';

export type AuthContext = {
  workspace: Workspace;
  userId: string | null;
  apiKeyId: string | null;
};

export type AuthenticatedRequest = Request & { auth?: AuthContext };
