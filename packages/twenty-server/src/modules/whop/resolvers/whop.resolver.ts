import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import { type Response } from 'express';
import { isDefined, WHOP_ONGOING_SYNC_STAGES } from 'twenty-shared';
import { Repository } from 'typeorm';

import {
  decodeRecordCursor,
  encodeRecordCursor,
} from 'src/engine/api/graphql/utils/record-cursor.util';
import { readRecordPageSize } from 'src/engine/api/graphql/utils/read-record-page-size.util';
import {
  AuthApiKeyId,
  AuthUserId,
  AuthWorkspace,
} from 'src/engine/core-modules/auth/decorators/auth-workspace.decorator';
import { EnvironmentService } from 'src/engine/core-modules/environment/environment.service';
import { type Workspace } from 'src/engine/core-modules/workspace/workspace.entity';
import { WHOP_FULL_SYNC_STAGES } from 'src/modules/whop/constants/whop-full-sync-stages.constant';
import { ConnectWhopDTO, WhopSyncTypeInput } from 'src/modules/whop/dtos/connect-whop.dto';
import { WhopConnectionDTO } from 'src/modules/whop/dtos/whop-connection.dto';
import { WhopSyncLogConnectionDTO } from 'src/modules/whop/dtos/whop-sync-log.dto';
import { type WhopConnection } from 'src/modules/whop/entities/whop-connection.entity';
import { WhopSyncLog } from 'src/modules/whop/entities/whop-sync-log.entity';
import { WhopAbandonedSyncService } from 'src/modules/whop/services/whop-abandoned-sync.service';
import { WhopConnectionService } from 'src/modules/whop/services/whop-connection.service';
import { WhopConnectionSyncStatusService } from 'src/modules/whop/services/whop-connection-sync-status.service';
import { WhopOAuthService } from 'src/modules/whop/services/whop-oauth.service';
import { WhopSyncLockService } from 'src/modules/whop/services/whop-sync-lock.service';
import { WhopSyncSchedulerService } from 'src/modules/whop/services/whop-sync-scheduler.service';
import { toWhopConnectionDTO } from 'src/modules/whop/utils/to-whop-connection-dto.util';
import { toWhopSyncLogDTO } from 'src/modules/whop/utils/to-whop-sync-log-dto.util';
import { buildWhopOAuthBrowserCookie } from 'src/modules/whop/utils/whop-oauth-browser-cookie.util';
import { WhopException, WhopExceptionCode } from 'src/modules/whop/whop.exception';

const SYNC_LOG_PAGE_SIZES = { defaultSize: 20, maxSize: 100 };
// A sync history cursor holds the start of the last run read, as `toISOString` wrote it.
const SYNC_LOG_SORT = 'startedAt DESC, id DESC';
const isRunStartText = (value: unknown): value is string =>
  typeof value === 'string' &&
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(value) &&
  !Number.isNaN(Date.parse(value)) &&
  new Date(value).toISOString() === value;

// The whop GraphQL API: every operation runs in the caller's workspace only.
@Resolver(() => WhopConnectionDTO)
export class WhopResolver {
  constructor(
    private readonly environmentService: EnvironmentService,
    private readonly connectionService: WhopConnectionService,
    private readonly abandonedSyncService: WhopAbandonedSyncService,
    private readonly oauthService: WhopOAuthService,
    private readonly scheduler: WhopSyncSchedulerService,
    private readonly syncLockService: WhopSyncLockService,
    private readonly syncStatusService: WhopConnectionSyncStatusService,
    @InjectRepository(WhopSyncLog) private readonly syncLogRepository: Repository<WhopSyncLog>,
  ) {}

  // Connections are read as they are, but for a run whose job gave up without recording it: that
  // run is ended as failed first (WhopAbandonedSyncService).
  @Query(() => [WhopConnectionDTO])
  async whopConnections(@AuthWorkspace() workspace: Workspace): Promise<WhopConnectionDTO[]> {
    const connections = await this.connectionService.findAllInWorkspace(workspace.id);

    return Promise.all(
      connections.map(async (connection) =>
        this.toDTO(await this.abandonedSyncService.endIfAbandoned(connection)),
      ),
    );
  }

  @Query(() => WhopConnectionDTO)
  async whopConnection(
    @AuthWorkspace() workspace: Workspace,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<WhopConnectionDTO> {
    const connection = await this.connectionService.findOneInWorkspace(workspace.id, id);

    return this.toDTO(await this.abandonedSyncService.endIfAbandoned(connection));
  }

  // When the scheduled reconcile runs next, as the queue has it (null unless the connection is
  // active, or when the queue does not answer in time).
  @ResolveField(() => Date, { nullable: true })
  async nextScheduledSyncAt(@Parent() connection: WhopConnectionDTO): Promise<Date | null> {
    return connection.status === 'active' ? this.scheduler.getNextReconcileAt(connection.id) : null;
  }

  // When the server read the connection for this answer: how old the page's figures are, should
  // its later reads fail.
  @ResolveField(() => Date)
  readAt(): Date {
    return new Date();
  }

  // How often the scheduled reconcile checks Whop, in minutes (the same for every connection); null
  // when this server schedules none.
  @ResolveField(() => Int, { nullable: true })
  syncIntervalMinutes(): number | null {
    return this.scheduler.getSyncIntervalMinutes();
  }

  @Query(() => WhopSyncLogConnectionDTO)
  async whopSyncLogs(
    @AuthWorkspace() workspace: Workspace,
    @Args('connectionId', { type: () => ID }) connectionId: string,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<WhopSyncLogConnectionDTO> {
    await this.connectionService.findOneInWorkspace(workspace.id, connectionId);
    const pageSize = readRecordPageSize(first, SYNC_LOG_PAGE_SIZES);
    const query = this.syncLogRepository
      .createQueryBuilder('log')
      .where('log.workspaceId = :workspaceId AND log.connectionId = :connectionId', {
        workspaceId: workspace.id,
        connectionId,
      });
    const totalCount = await query.clone().getCount();

    if (after) {
      const cursor = decodeRecordCursor(after, SYNC_LOG_SORT, 1, isRunStartText);

      query.andWhere('(log.startedAt, log.id) < (:startedAt, :id)', {
        startedAt: cursor.values[0],
        id: cursor.id,
      });
    }
    const logs = await query
      .orderBy('log.startedAt', 'DESC')
      .addOrderBy('log.id', 'DESC')
      .take(pageSize + 1)
      .getMany();
    const edges = logs.slice(0, pageSize).map((log) => ({
      cursor: encodeRecordCursor(SYNC_LOG_SORT, {
        values: [log.startedAt.toISOString()],
        id: log.id,
      }),
      node: toWhopSyncLogDTO(log),
    }));

    return {
      edges,
      totalCount,
      pageInfo: {
        hasNextPage: logs.length > pageSize,
        hasPreviousPage: Boolean(after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  // The browser asking keeps the flow's key in a cookie: the callback connects only for it.
  @Mutation(() => ConnectWhopDTO)
  async connectWhop(
    @AuthWorkspace() workspace: Workspace,
    @AuthUserId() userId: string | null,
    @AuthApiKeyId() apiKeyId: string | null,
    @Context('res') response: Response,
    // The connection to reconnect; without it, a company the grant reaches that is not connected
    // here (chooseWhopCompanyToConnect).
    @Args('connectionId', { type: () => ID, nullable: true }) connectionId?: string | null,
  ): Promise<ConnectWhopDTO> {
    const reconnected = isDefined(connectionId)
      ? await this.connectionService.findOneInWorkspace(workspace.id, connectionId)
      : null;
    const { authorizeUrl, state, browserKey } = await this.oauthService.buildAuthorizeUrl({
      workspaceId: workspace.id,
      userId,
      apiKeyId,
      reconnectedCompanyId: reconnected?.whopCompanyId ?? null,
    });

    const browserCookie = buildWhopOAuthBrowserCookie(
      state,
      this.environmentService.get('WHOP_REDIRECT_URI'),
    );

    response.cookie(browserCookie.name, browserKey, browserCookie.options);

    return { authorizeUrl };
  }

  @Mutation(() => WhopConnectionDTO)
  async disconnectWhop(
    @AuthWorkspace() workspace: Workspace,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<WhopConnectionDTO> {
    return this.toDTO(await this.connectionService.disconnect(workspace.id, id));
  }

  @Mutation(() => WhopConnectionDTO)
  async triggerWhopSync(
    @AuthWorkspace() workspace: Workspace,
    @Args('id', { type: () => ID }) id: string,
    @Args('type', { type: () => WhopSyncTypeInput }) type: WhopSyncTypeInput,
  ): Promise<WhopConnectionDTO> {
    const connection = await this.abandonedSyncService.endIfAbandoned(
      await this.connectionService.findOneInWorkspace(workspace.id, id),
    );

    if (connection.status !== 'active') {
      throw new WhopException(
        `Connection ${id} is ${connection.status}`,
        WhopExceptionCode.AUTH_FAILED,
        connection.status === 'revoked'
          ? { userFriendlyMessage: 'This connection was disconnected. Connect Whop again to sync.' }
          : {},
      );
    }
    // A full sync waiting to start, or under way (even between two attempts, when nothing holds
    // the lock), reads everything a sync of changes would: one would not run.
    if (
      type === WhopSyncTypeInput.INCREMENTAL &&
      WHOP_FULL_SYNC_STAGES.includes(connection.syncStage)
    ) {
      throw new WhopException(
        'A full sync is waiting or under way',
        WhopExceptionCode.SYNC_ALREADY_RUNNING,
        {
          userFriendlyMessage:
            'A full sync is waiting to start or under way for this connection: it brings in everything Sync changes would.',
        },
      );
    }
    // A run between two attempts holds no lock and resumes by itself from its checkpoint: a full
    // sync asked for then would start it over, and a sync of changes would wait behind it. A run
    // that names no job (from before runs named theirs) is never found abandoned: a sync asked for
    // takes its place, as before.
    const isRunUnderWay =
      WHOP_ONGOING_SYNC_STAGES.includes(connection.syncStage) &&
      isDefined(connection.syncProgress?.jobId);

    if (isRunUnderWay || (await this.syncLockService.isLocked(connection.id))) {
      throw new WhopException('A sync is running', WhopExceptionCode.SYNC_ALREADY_RUNNING);
    }
    if (type === WhopSyncTypeInput.FULL) {
      await this.syncStatusService.markAsFullSyncPending(connection.id);
      await this.scheduler.enqueueFullSync(connection);
    } else {
      await this.scheduler.enqueueIncrementalSync(connection);
    }

    return this.toDTO(await this.connectionService.findOneInWorkspace(workspace.id, id));
  }

  private toDTO(connection: WhopConnection): WhopConnectionDTO {
    return toWhopConnectionDTO(connection, this.connectionService.getWebhookUrl(connection));
  }
}
