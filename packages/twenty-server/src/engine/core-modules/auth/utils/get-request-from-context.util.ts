import { type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';

import { type AuthenticatedRequest } from 'src/engine/core-modules/auth/types/authenticated-request.type';

export const getRequestFromContext = (context: ExecutionContext): AuthenticatedRequest =>
  context.getType<string>() === 'graphql'
    ? GqlExecutionContext.create(context).getContext().req
    : context.switchToHttp().getRequest();
