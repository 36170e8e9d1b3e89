import type { SandboxContext } from '../sandbox-context.type';
import type { PublishedEvent, SandboxEvent } from '../webhooks/sandbox-event.type';

export const publishEvents = (
  context: Pick<SandboxContext, 'webhooks' | 'clock'>,
  events: readonly SandboxEvent[],
): PublishedEvent[] => events.map((event) => context.webhooks.publish(event, context.clock.now()));
