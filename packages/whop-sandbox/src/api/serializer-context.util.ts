import type { Credential } from '../auth/credential.type';
import { serializerAccess } from '../auth/require-permissions.util';
import type { SandboxContext } from '../sandbox-context.type';
import type { SerializerContext } from '../serializers/serializer-context.type';

export const serializerContextFor = (
  context: Pick<SandboxContext, 'store'>,
  credential: Credential,
): SerializerContext => ({
  store: context.store,
  ...serializerAccess(credential),
});
