import { InitCoreSchema1764288000000 } from 'src/database/typeorm/core/migrations/1764288000000-init-core-schema';
import { AddWhopConnection1764374400000 } from 'src/database/typeorm/core/migrations/1764374400000-add-whop-connection';
import { ReadWhopPaymentsAgain1764892800000 } from 'src/database/typeorm/core/migrations/1764892800000-read-whop-payments-again';
import { AddWhopSyncRetryAt1764979200000 } from 'src/database/typeorm/core/migrations/1764979200000-add-whop-sync-retry-at';
import { ReclassifyWhopPayments1765065600000 } from 'src/database/typeorm/core/migrations/1765065600000-reclassify-whop-payments';
import { AddWhopGrantsToRevoke1765152000000 } from 'src/database/typeorm/core/migrations/1765152000000-add-whop-grants-to-revoke';

// Listed explicitly (not globbed) so the same list runs from TypeScript in tests and from dist/.
export const coreMigrations = [
  InitCoreSchema1764288000000,
  AddWhopConnection1764374400000,
  ReadWhopPaymentsAgain1764892800000,
  AddWhopSyncRetryAt1764979200000,
  ReclassifyWhopPayments1765065600000,
  AddWhopGrantsToRevoke1765152000000,
];
