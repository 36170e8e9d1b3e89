import { Module } from '@nestjs/common';

import { WhopApplyTransactionService } from 'src/modules/whop/services/apply/whop-apply-transaction.service';
import { WhopFollowUpTaskApplyService } from 'src/modules/whop/services/apply/whop-follow-up-task-apply.service';
import { WhopNoteApplyService } from 'src/modules/whop/services/apply/whop-note-apply.service';
import { WhopOpportunityApplyService } from 'src/modules/whop/services/apply/whop-opportunity-apply.service';
import { WhopPaymentApplyService } from 'src/modules/whop/services/apply/whop-payment-apply.service';
import { WhopPersonApplyService } from 'src/modules/whop/services/apply/whop-person-apply.service';
import { WhopProductApplyService } from 'src/modules/whop/services/apply/whop-product-apply.service';
import { WhopRollupService } from 'src/modules/whop/services/apply/whop-rollup.service';
import { WhopTableStatisticsService } from 'src/modules/whop/services/apply/whop-table-statistics.service';
import { WhopTimelineActivityApplyService } from 'src/modules/whop/services/apply/whop-timeline-activity-apply.service';

// The one path by which Whop resources become CRM records, for the full sync, the reconcile and the
// webhook job alike. Needs the workspace ORM (TwentyOrmModule, global).
@Module({
  providers: [
    WhopApplyTransactionService,
    WhopProductApplyService,
    WhopPersonApplyService,
    WhopOpportunityApplyService,
    WhopPaymentApplyService,
    WhopRollupService,
    WhopTimelineActivityApplyService,
    WhopNoteApplyService,
    WhopFollowUpTaskApplyService,
    WhopTableStatisticsService,
  ],
  exports: [
    WhopProductApplyService,
    WhopPersonApplyService,
    WhopOpportunityApplyService,
    WhopPaymentApplyService,
    WhopRollupService,
    WhopTableStatisticsService,
  ],
})
export class WhopApplyModule {}
