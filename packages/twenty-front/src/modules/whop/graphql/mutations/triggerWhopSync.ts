import { gql, type TypedDocumentNode } from '@apollo/client';

import type { WhopSyncRunType } from '@/whop/types/WhopSyncRunType';

export type TriggerWhopSyncMutation = {
  triggerWhopSync: { id: string };
};

export type TriggerWhopSyncMutationVariables = {
  id: string;
  type: WhopSyncRunType;
};

// The answer carries the connection as the run was queued; the caller refetches the connection,
// whose progress it then polls.
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
