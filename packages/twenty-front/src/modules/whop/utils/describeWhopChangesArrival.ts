import { isDefined } from 'twenty-shared';

// How changes made on Whop reach the CRM while the server does not process webhook deliveries:
// with the scheduled check when the server runs one (every `syncIntervalMinutes`), and with
// Sync changes.
export const describeWhopChangesArrival = (syncIntervalMinutes: number | null): string =>
  isDefined(syncIntervalMinutes)
    ? 'changes arrive with the scheduled check and with Sync changes'
    : 'changes arrive only with Sync changes';
