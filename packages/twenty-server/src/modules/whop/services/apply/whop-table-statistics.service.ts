import { Injectable } from '@nestjs/common';

import { GlobalWorkspaceOrmManager } from 'src/engine/twenty-orm/global-workspace-orm.manager';
import { quoteWhopColumn } from 'src/modules/whop/services/apply/utils/build-whop-record-update-sql.util';
import { getWhopTableReference } from 'src/modules/whop/services/apply/utils/get-whop-table-reference.util';

// PostgreSQL plans the apply's lookups from table statistics, which autovacuum refreshes a minute or
// more after a table grows. A full sync fills tables in seconds: planned from the statistics of an
// empty table, its lookups would scan whole tables, page after page. The sync refreshes the
// statistics of the tables it fills as they grow (ANALYZE does not block writes), for the columns the
// apply looks records up by only: a full ANALYZE of the timeline's JSON would cost seconds.
const LOOKUP_COLUMNS: Record<string, string[]> = {
  person: ['whopUserId', 'emailsPrimaryEmail', 'deletedAt'],
  opportunity: ['whopMembershipId', 'pointOfContactId', 'deletedAt'],
  whopPayment: ['whopMembershipId', 'personId', 'deletedAt'],
  task: ['whopFollowUpKey'],
};

export type WhopLookupObjectName = keyof typeof LOOKUP_COLUMNS;

@Injectable()
export class WhopTableStatisticsService {
  constructor(private readonly globalWorkspaceOrmManager: GlobalWorkspaceOrmManager) {}

  async refresh(workspaceId: string, objectNames: WhopLookupObjectName[]): Promise<void> {
    const dataSource = await this.globalWorkspaceOrmManager.getDataSource(workspaceId);
    const tables = objectNames.map(
      (objectName) =>
        `${getWhopTableReference(dataSource.manager, objectName)} (${LOOKUP_COLUMNS[objectName]
          .map(quoteWhopColumn)
          .join(', ')})`,
    );

    await dataSource.query(`ANALYZE ${tables.join(', ')}`);
  }
}
