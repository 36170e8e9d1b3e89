import type { TagColor } from '@/ui/display/types/TagColor';
import { WHOP_CONNECTION_HEALTH_OPTIONS } from '@/whop/constants/WhopConnectionHealthOptions';
import type { WhopConnectionSyncState } from '@/whop/types/WhopConnectionSyncState';
import type { WhopConnectionHealth } from '@/whop/types/WhopConnectionHealth';
import { getWhopConnectionHealth } from '@/whop/utils/getWhopConnectionHealth';

type WhopIntegrationStatusTag = { text: string; color: TagColor };

type WhopIntegrationStatusKind = {
  healths: WhopConnectionHealth[];
  color: TagColor;
  // The tag's text when it is the only kind shown, by its count.
  alone: (count: number) => string;
  // Its text next to other kinds, where "Connected" would read as all of them.
  counted: (count: number) => string;
};

// In the order the tags are shown. A sync running, waiting to retry an attempt, or stalled (it
// goes on once a worker takes it up) resumes by itself: the connection counts as connected. A
// failed sync and a connection Whop no longer accepts import nothing until the seller acts on the
// Whop page, which says the same.
const WHOP_INTEGRATION_STATUS_KINDS: WhopIntegrationStatusKind[] = [
  {
    healths: ['active', 'syncing', 'retrying', 'stalled'],
    color: WHOP_CONNECTION_HEALTH_OPTIONS.active.color,
    alone: (count) => (count === 1 ? 'Connected' : `${count} companies connected`),
    counted: (count) => `${count} connected`,
  },
  {
    healths: ['failed'],
    color: WHOP_CONNECTION_HEALTH_OPTIONS.failed.color,
    alone: (count) => (count === 1 ? 'Sync failed' : `Sync failed for ${count} companies`),
    counted: (count) => `${count} ${count === 1 ? 'sync' : 'syncs'} failed`,
  },
  {
    healths: ['needs_reauth'],
    color: WHOP_CONNECTION_HEALTH_OPTIONS.needs_reauth.color,
    alone: (count) =>
      count === 1
        ? WHOP_CONNECTION_HEALTH_OPTIONS.needs_reauth.label
        : `${count} companies need reconnection`,
    counted: (count) => `${count} ${count === 1 ? 'needs' : 'need'} reconnection`,
  },
];

// The Integrations card's summary of the connected companies, from the health the Whop page shows
// for each (getWhopConnectionHealth). Disconnected companies are left out.
export const getWhopIntegrationStatusTags = (
  connections: WhopConnectionSyncState[],
): WhopIntegrationStatusTag[] => {
  const healths = connections.map(getWhopConnectionHealth);
  const shownKinds = WHOP_INTEGRATION_STATUS_KINDS.map((kind) => ({
    ...kind,
    count: healths.filter((health) => kind.healths.includes(health)).length,
  })).filter(({ count }) => count > 0);
  const isMixed = shownKinds.length > 1;

  return shownKinds.map(({ color, alone, counted, count }) => ({
    text: isMixed ? counted(count) : alone(count),
    color,
  }));
};
