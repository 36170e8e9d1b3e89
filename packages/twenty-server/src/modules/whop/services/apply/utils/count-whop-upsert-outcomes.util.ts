import { type WhopApplyResult } from 'src/modules/whop/services/apply/whop-apply.types';
import { type WhopUpsertOutcome } from 'src/modules/whop/services/apply/utils/upsert-whop-records.util';

export const countWhopUpsertOutcomes = (
  outcomes: { outcome: WhopUpsertOutcome }[],
): WhopApplyResult => ({
  created: outcomes.filter(({ outcome }) => outcome === 'created').length,
  updated: outcomes.filter(({ outcome }) => outcome === 'updated').length,
  unchanged: outcomes.filter(({ outcome }) => outcome === 'unchanged').length,
});
