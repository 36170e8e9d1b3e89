import { gql, type TypedDocumentNode } from '@apollo/client';

import type { WhopSyncRunType } from '@/whop/types/WhopSyncRunType';

export type TriggerWhopSyncMutation = {
  triggerWhopSync: { id: string };
};

export type TriggerWhopSyncMutationVariables = {
  id: string;
  type: WhopSyncRunType;
};

// The answer carries the connection as it was before the run was queued, so the caller refetches
// the connection rather than trusting it.
export const TRIGGER_WHOP_SYNC: TypedDocumentNode<
  TriggerWhopSyncMutation,
  TriggerWhopSyncMutationVariables
> = gql`
  mutation TriggerWhopSync($id: ID!, $type: WhopSyncType!) {
    triggerWhopSync(id: $id, type: $type) {
      id
    }
  }
`;
