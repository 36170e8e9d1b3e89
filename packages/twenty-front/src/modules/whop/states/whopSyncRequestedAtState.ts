import { atom } from 'jotai';

// When the seller last asked for a sync of each connection (connection id → epoch ms): the page
// follows the connection live until the queued run has started and finished.
export const whopSyncRequestedAtState = atom<Record<string, number>>({});
