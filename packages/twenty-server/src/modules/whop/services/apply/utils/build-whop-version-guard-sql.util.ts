import { STORED_ALIAS } from 'src/modules/whop/services/apply/utils/build-whop-record-update-sql.util';

// The update condition that keeps an older version of a Whop resource from overwriting a newer one
// (webhooks arrive out of order; a reconcile may read a page before a webhook lands). Versions are
// Whop's `updated_at`, stored as `whopUpdatedAt`; an unknown version on either side does not block.
export const buildWhopVersionGuardSql = (incoming: string): string =>
  `${STORED_ALIAS}."whopUpdatedAt" IS NULL OR ${incoming}."whopUpdatedAt" IS NULL OR ${incoming}."whopUpdatedAt" >= ${STORED_ALIAS}."whopUpdatedAt"`;
