import type { SerializerContext } from '../serializers/serializer-context.type';
import type { SandboxStore } from '../store/sandbox-store';

// The control API shows ground truth: every field, emails and phones included.
export const fullAccess = (store: SandboxStore): SerializerContext => ({
  store,
  canReadEmail: true,
  canReadPhone: true,
});
