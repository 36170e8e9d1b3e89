import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { WhopOAuthController } from 'src/modules/whop/controllers/whop-oauth.controller';
import { WhopConnection } from 'src/modules/whop/entities/whop-connection.entity';
import { WhopSyncLog } from 'src/modules/whop/entities/whop-sync-log.entity';
import { WhopFullSyncJob } from 'src/modules/whop/jobs/whop-full-sync.job';
import { WhopIncrementalSyncJob } from 'src/modules/whop/jobs/whop-incremental-sync.job';
import { WhopRevokeGrantsJob } from 'src/modules/whop/jobs/whop-revoke-grants.job';
import { WhopRecordQueryModule } from 'src/modules/whop/resolvers/whop-record-query.module';
import { WhopResolver } from 'src/modules/whop/resolvers/whop.resolver';
import { WhopApplyModule } from 'src/modules/whop/services/apply/whop-apply.module';
import { WhopAbandonedSyncService } from 'src/modules/whop/services/whop-abandoned-sync.service';
import { WhopApiClientService } from 'src/modules/whop/services/whop-api-client.service';
import { WhopConnectionSyncStatusService } from 'src/modules/whop/services/whop-connection-sync-status.service';
import { WhopConnectionService } from 'src/modules/whop/services/whop-connection.service';
import { WhopGrantRevocationService } from 'src/modules/whop/services/whop-grant-revocation.service';
import { WhopOAuthStateService } from 'src/modules/whop/services/whop-oauth-state.service';
import { WhopOAuthService } from 'src/modules/whop/services/whop-oauth.service';
import { WhopRateLimiterService } from 'src/modules/whop/services/whop-rate-limiter.service';
import { WhopSyncLockService } from 'src/modules/whop/services/whop-sync-lock.service';
import { WhopSyncLogService } from 'src/modules/whop/services/whop-sync-log.service';
import { WhopSyncSchedulerService } from 'src/modules/whop/services/whop-sync-scheduler.service';
import { WhopSyncService } from 'src/modules/whop/services/whop-sync.service';
import { WhopTokenService } from 'src/modules/whop/services/whop-token.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([WhopConnection, WhopSyncLog]),
    WhopApplyModule,
    WhopRecordQueryModule,
  ],
  controllers: [WhopOAuthController],
  providers: [
    WhopOAuthStateService,
    WhopOAuthService,
    WhopTokenService,
    WhopRateLimiterService,
    WhopApiClientService,
    WhopConnectionSyncStatusService,
    WhopConnectionService,
    WhopGrantRevocationService,
    WhopAbandonedSyncService,
    WhopSyncLockService,
    WhopSyncLogService,
    WhopSyncSchedulerService,
    WhopSyncService,
    WhopFullSyncJob,
    WhopIncrementalSyncJob,
    WhopRevokeGrantsJob,
    WhopResolver,
  ],
  exports: [
    WhopSyncService,
    WhopConnectionService,
    WhopSyncSchedulerService,
    WhopGrantRevocationService,
  ],
})
export class WhopModule {}
