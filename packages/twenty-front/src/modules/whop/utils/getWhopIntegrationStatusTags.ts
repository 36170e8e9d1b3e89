import type { TagColor } from '@/ui/display/types/TagColor';
import { WHOP_CONNECTION_HEALTH_OPTIONS } from '@/whop/constants/WhopConnectionHealthOptions';
import type { WhopConnection } from '@/whop/types/WhopConnection';

type WhopIntegrationStatusTag = { text: string; color: TagColor };

// The Integrations card's summary of the connected companies. A connection Whop no longer
// accepts imports nothing until the seller reconnects it: it is not counted as connected. With
// both kinds, each tag carries its count, or "Connected" would read as all of them.
export const getWhopIntegrationStatusTags = (
  connections: Pick<WhopConnection, 'status'>[],
): WhopIntegrationStatusTag[] => {
  const activeCount = connections.filter(({ status }) => status === 'active').length;
  const needsReauthCount = connections.filter(({ status }) => status === 'needs_reauth').length;
  const isMixed = activeCount > 0 && needsReauthCount > 0;
  const tags: WhopIntegrationStatusTag[] = [];

  if (activeCount > 0) {
    tags.push({
      text: isMixed
        ? `${activeCount} connected`
        : activeCount === 1
          ? 'Connected'
          : `${activeCount} companies connected`,
      color: WHOP_CONNECTION_HEALTH_OPTIONS.active.color,
    });
  }
  if (needsReauthCount > 0) {
    tags.push({
      text: isMixed
        ? `${needsReauthCount} ${needsReauthCount === 1 ? 'needs' : 'need'} reconnection`
        : needsReauthCount === 1
          ? WHOP_CONNECTION_HEALTH_OPTIONS.needs_reauth.label
          : `${needsReauthCount} companies need reconnection`,
      color: WHOP_CONNECTION_HEALTH_OPTIONS.needs_reauth.color,
    });
  }

  return tags;
};
