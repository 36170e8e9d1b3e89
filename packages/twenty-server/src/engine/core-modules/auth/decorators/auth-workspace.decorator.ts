import { createParamDecorator, type ExecutionContext } from '@nestjs/common';

import { getRequestFromContext } from 'src/engine/core-modules/auth/utils/get-request-from-context.util';

// The workspace of the caller, set by WorkspaceAuthGuard. Every workspace query takes it from here.
export const AuthWorkspace = createParamDecorator(
  (_data: unknown, context: ExecutionContext) => getRequestFromContext(context).auth?.workspace,
);

export const AuthUserId = createParamDecorator(
  (_data: unknown, context: ExecutionContext) => getRequestFromContext(context).auth?.userId,
);

export const AuthApiKeyId = createParamDecorator(
  (_data: unknown, context: ExecutionContext) => getRequestFromContext(context).auth?.apiKeyId,
);
