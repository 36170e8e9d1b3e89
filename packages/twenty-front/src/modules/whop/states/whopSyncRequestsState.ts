import { atom } from 'jotai';

import type { WhopSyncRequest } from '@/whop/types/WhopSyncRequest';

// The run the page waits to see start, per connection id: it follows the connection live until
// the run shows (then the request is forgotten), or until the follow window has passed.
export const whopSyncRequestsState = atom<Record<string, WhopSyncRequest>>({});
