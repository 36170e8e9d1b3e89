import type { SandboxStore } from '../store/sandbox-store';

// What a serializer may show: emails and phones only with the matching permission, as Whop does.
export type SerializerContext = {
  store: SandboxStore;
  canReadEmail: boolean;
  canReadPhone: boolean;
};
