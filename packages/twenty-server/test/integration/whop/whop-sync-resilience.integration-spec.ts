import { isDefined } from 'twenty-shared';
import { DataSource } from 'typeorm';

import { getAppScheduledJobsOwners } from 'src/app-scheduled-jobs-owners';
import { ReclassifyWhopPayments1765065600000 } from 'src/database/typeorm/core/migrations/1765065600000-reclassify-whop-payments';
import { type EnvironmentService } from 'src/engine/core-modules/environment/environment.service';
import {
  getQueueToken,
  MessageQueue,
} from 'src/engine/core-modules/message-queue/message-queue.constants';
import { BullQueueRegistry } from 'src/engine/core-modules/message-queue/services/bull-queue-registry.service';
import { type MessageQueueService } from 'src/engine/core-modules/message-queue/services/message-queue.service';
import { ScheduledJobsKeeper } from 'src/engine/core-modules/message-queue/services/scheduled-jobs-keeper.service';
import { RedisClientService } from 'src/engine/core-modules/redis-client/redis-client.service';
import { SecretEncryptionService } from 'src/engine/core-modules/secret-encryption/secret-encryption.service';
import { getWorkspaceSchemaName } from 'src/engine/twenty-orm/utils/get-workspace-schema-name.util';
import { WhopConnection } from 'src/modules/whop/entities/whop-connection.entity';
import {
  WhopConnectionSyncStatusService,
  WhopSyncDisconnectedError,
} from 'src/modules/whop/services/whop-connection-sync-status.service';
import {
  ABANDONED_SYNC_MESSAGE,
  LOST_RUN_MESSAGE,
} from 'src/modules/whop/services/whop-abandoned-sync.service';
import { WhopSyncLockService } from 'src/modules/whop/services/whop-sync-lock.service';
import { RECONNECTED_RUN_MESSAGE } from 'src/modules/whop/services/whop-sync-log.service';
import { WhopSyncSchedulerService } from 'src/modules/whop/services/whop-sync-scheduler.service';
import { WhopSyncService } from 'src/modules/whop/services/whop-sync.service';
import { WhopFullSyncJob } from 'src/modules/whop/jobs/whop-full-sync.job';
import { WhopGrantRevocationService } from 'src/modules/whop/services/whop-grant-revocation.service';
import { WhopOAuthService } from 'src/modules/whop/services/whop-oauth.service';
import { WhopTokenService } from 'src/modules/whop/services/whop-token.service';
import { closeTestApp, createTestApp } from 'test/integration/utils/create-test-app';
import { createTestWorkspace } from 'test/integration/utils/create-test-workspace';
import { graphqlRequest } from 'test/integration/utils/graphql-request';
import {
  connectWhopThroughOAuth,
  readWhopCompaniesStatus,
  runWhopSyncToEnd,
  triggerWhopSync,
  waitForConnection,
} from 'test/integration/whop/utils/connect-whop-through-oauth';
import { applyCoreMigration } from 'test/integration/whop/utils/apply-core-migration';
import {
  expectCrmMatchesWhop,
  readWhopGroundTruth,
} from 'test/integration/whop/utils/expect-crm-matches-whop';
import { readWorkspaceRows } from 'test/integration/whop/utils/read-workspace-rows';
import {
  startWhopTestStack,
  type WhopTestStack,
} from 'test/integration/whop/utils/start-whop-test-stack';

const countRows = async (stack: WhopTestStack, workspaceId: string) => ({
  people: (await readWorkspaceRows(stack.app, workspaceId, 'person')).filter((p) => p.whopUserId)
    .length,
  opportunities: (await readWorkspaceRows(stack.app, workspaceId, 'opportunity')).length,
  products: (await readWorkspaceRows(stack.app, workspaceId, 'whopProduct')).length,
  payments: (await readWorkspaceRows(stack.app, workspaceId, 'whopPayment')).length,
});

const expectedCounts = (stack: WhopTestStack) => {
  const state = stack.sandbox.state;

  return {
    people: new Set(
      state.members
        .all()
        .filter((member) => member.accessLevel !== 'admin')
        .map((member) => member.userId),
    ).size,
    opportunities: state.memberships.all().length,
    products: state.products.all().length,
    payments: state.payments.all().length,
  };
};

describe('the sync under failure', () => {
  let stack: WhopTestStack;

  afterEach(async () => {
    await stack?.stop();
  });

  // The connection as stored, read straight from the database.
  const readStoredConnection = (connectionId: string) =>
    stack.app.get(DataSource).getRepository(WhopConnection).findOneByOrFail({ id: connectionId });

  // A company of 20 members, connected and synced once.
  const connectAndSyncSmallCompany = async (
    label: string,
    stackOptions: Parameters<typeof startWhopTestStack>[0] = {},
  ) => {
    stack = await startWhopTestStack({ members: 20, ...stackOptions });
    const seller = await createTestWorkspace(stack.app, label);
    const { connectionId } = await connectWhopThroughOAuth(stack.app, seller.token);
    const connection = await waitForConnection(
      stack.app,
      seller.token,
      connectionId!,
      (c) => c.syncStatus === 'ACTIVE',
    );

    return { seller, connectionId: connectionId!, lastFullSyncAt: connection.lastFullSyncAt };
  };

  // The connection once the full sync after the one that ended at `lastFullSyncAt` has ended too,
  // or failed.
  const waitForNextFullSync = (
    seller: { token: string },
    connectionId: string,
    lastFullSyncAt: string | null,
  ) =>
    waitForConnection(
      stack.app,
      seller.token,
      connectionId,
      (c) => c.lastFullSyncAt !== lastFullSyncAt || c.syncStage === 'FAILED',
    );

  // The small company, then Sync changes while Whop fails every payments page (each attempt
  // fails at its first request).
  const syncChangesWhilePaymentsFail = async (label: string) => {
    const synced = await connectAndSyncSmallCompany(label, { apiMaxRetries: 0 });

    await stack.control('/faults', {
      routes: [{ match: 'GET /api/v1/payments*', errorRate: 1, errorStatus: 500 }],
    });
    await triggerWhopSync(stack.app, synced.seller.token, synced.connectionId, 'INCREMENTAL');

    return synced;
  };

  // A company of 1,500 members (about 4,500 payments), connected; returns once the full sync has
  // written a thousand of its payments, Whop still answering slowly, so the run is far from done.
  const connectAndWaitForPayments = async (label: string) => {
    stack = await startWhopTestStack({ members: 1500 });
    const seller = await createTestWorkspace(stack.app, label);

    await stack.control('/faults', {
      routes: [{ match: 'GET /api/v1/payments*', latencyMs: 150 }],
    });
    const { connectionId } = await connectWhopThroughOAuth(stack.app, seller.token);

    await waitForConnection(
      stack.app,
      seller.token,
      connectionId!,
      (c) =>
        c.syncProgress?.step === 'payments' &&
        c.syncProgress.steps.some((s: any) => s.step === 'payments' && s.processed >= 1000),
      90_000,
    );

    return { seller, connectionId: connectionId! };
  };

  // The run the connection shows.
  const readShownRunId = async (connectionId: string): Promise<string> =>
    (
      await stack.app
        .get(DataSource)
        .query(
          `SELECT "syncProgress"->>'runId' AS "runId" FROM core."whopConnection" WHERE id = $1`,
          [connectionId],
        )
    )[0].runId;

  // A small company synced, one of its memberships held by a customer, and how many memberships
  // that customer holds in the CRM.
  const syncHeldMembership = async (
    label: string,
    options?: Parameters<typeof connectAndSyncSmallCompany>[1],
  ) => {
    const synced = await connectAndSyncSmallCompany(label, options);
    const held = stack.sandbox.state.memberships
      .all()
      .find((membership) => membership.status === 'active' && isDefined(membership.userId))!;
    const readActiveMemberships = async () =>
      (await readWorkspaceRows(stack.app, synced.seller.workspaceId, 'person')).find(
        (person) => person.whopUserId === held.userId,
      )!.whopActiveMemberships;

    return { synced, held, readActiveMemberships, before: await readActiveMemberships() };
  };

  // The held membership canceled on Whop, a sync of changes writes it in its memberships step,
  // then reads the payments, slowly (with `faults` besides): returns its run once it does.
  const syncChangesCancelling = async (
    { synced, held }: Awaited<ReturnType<typeof syncHeldMembership>>,
    faults: { match: string; errorRate?: number; errorStatus?: number }[] = [],
  ) => {
    await stack.control(`/memberships/${held.id}/cancel`, {});
    await stack.control('/faults', {
      routes: [{ match: 'GET /api/v1/payments*', latencyMs: 3_000 }, ...faults],
    });
    await triggerWhopSync(stack.app, synced.seller.token, synced.connectionId, 'INCREMENTAL');
    await waitForConnection(
      stack.app,
      synced.seller.token,
      synced.connectionId,
      (c) => c.syncProgress?.step === 'payments',
    );

    return readShownRunId(synced.connectionId);
  };

  // A run's history row: its status, and why it ended.
  const readRun = async (runId: string) =>
    (
      await stack.app
        .get(DataSource)
        .query(`SELECT status, "errorMessage" FROM core."whopSyncLog" WHERE id = $1`, [runId])
    )[0];

  const waitForRunToEnd = async (runId: string) => {
    for (const stopAt = Date.now() + 60_000; (await readRun(runId)).status === 'running';) {
      if (Date.now() > stopAt) throw new Error('The run went on');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };

  // What a token refresh elsewhere (another worker, the server) that Whop refused does.
  const REFUSED_GRANT_REASON = 'Whop no longer accepts this connection. Reconnect Whop.';
  const refuseGrantElsewhere = (connectionId: string) =>
    stack.app
      .get(WhopConnectionSyncStatusService)
      .markAsNeedsReauth(connectionId, REFUSED_GRANT_REASON);

  // What a run whose lock lapsed meets (see the lock test below): another run's value in the sync
  // lock, which the running sync finds at its next renewal, and stops. Whop's payments are slowed
  // meanwhile, so the run is still reading them at that renewal (every 10 s).
  const takeSyncLockFromRun = async (connectionId: string) => {
    await stack.control('/faults', {
      routes: [{ match: 'GET /api/v1/payments*', latencyMs: 500 }],
    });
    await stack.app
      .get(RedisClientService)
      .getClient()
      .set(`whop:sync-lock:${connectionId}`, 'another-run', 'PX', 120_000);
    for (const giveUpAt = Date.now() + 20_000; Date.now() < giveUpAt;) {
      if (stack.workers[0].output().includes('Another run holds the sync lock')) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(stack.workers[0].output()).toContain(
      `Another run holds the sync lock of connection ${connectionId}`,
    );
  };

  // Sync changes, held by a slow memberships listing, its worker killed in that step.
  const killWorkerInSyncOfChanges = async (seller: { token: string }, connectionId: string) => {
    await stack.control('/faults', {
      routes: [{ match: 'GET /api/v1/memberships*', latencyMs: 3_000 }],
    });
    await triggerWhopSync(stack.app, seller.token, connectionId, 'INCREMENTAL');
    await waitForConnection(
      stack.app,
      seller.token,
      connectionId,
      (c) => c.syncStage === 'INCREMENTAL_ONGOING' && c.syncProgress?.step === 'memberships',
    );
    await stack.workers[0].stop('SIGKILL');
    // Killed mid-run: the run is still under way, in that step.
    expect(await readStoredConnection(connectionId)).toMatchObject({
      syncStage: 'INCREMENTAL_ONGOING',
      syncProgress: expect.objectContaining({ step: 'memberships' }),
    });
  };

  // The sync ended as one run, resumed from its checkpoint rather than started again or failed,
  // with every record once, field by field as Whop holds it (Whop's faults lifted to read it). A
  // run stopped while it read payments (connectAndWaitForPayments) also counted the records of the
  // steps before once each: started again from scratch under the same log row, it would count them
  // twice.
  const expectOneFullRunCompleted = async (
    seller: { token: string; workspaceId: string },
    connectionId: string,
    { stoppedInPayments = false }: { stoppedInPayments?: boolean } = {},
  ) => {
    const connection = await waitForConnection(
      stack.app,
      seller.token,
      connectionId,
      (c) => c.syncStatus === 'ACTIVE' || c.syncStage === 'FAILED',
      120_000,
    );

    expect(connection).toMatchObject({ syncStatus: 'ACTIVE', lastSyncError: null });
    const expected = expectedCounts(stack);

    expect(await countRows(stack, seller.workspaceId)).toEqual(expected);
    await stack.control('/faults', { routes: [] });
    await expectCrmMatchesWhop(stack.app, seller.workspaceId, await readWhopGroundTruth(stack));
    const logs = await graphqlRequest(
      stack.app,
      `query L($id: ID!) { whopSyncLogs(connectionId: $id) { totalCount edges { node { type status counts { object created updated unchanged } } } } }`,
      { id: connectionId },
      seller.token,
    );
    const { counts, ...run } = logs.data.whopSyncLogs.edges[0].node;

    expect(logs.data.whopSyncLogs.totalCount).toBe(1);
    expect(run).toEqual({ type: 'full', status: 'success' });
    if (stoppedInPayments) {
      const recorded = Object.fromEntries(
        counts
          .filter(({ object }: { object: string }) => object !== 'whopPayment')
          .map(({ object, created, updated, unchanged }: any) => [
            object,
            created + updated + unchanged,
          ]),
      );

      expect(recorded).toEqual({
        whopProduct: expected.products,
        person: expected.people,
        opportunity: expected.opportunities,
      });
      // The payments read again are those written after the last checkpoint (a few pages in
      // flight), not the thousand and more written before it.
      const payments = counts.find(({ object }: { object: string }) => object === 'whopPayment');

      expect(payments.updated + payments.unchanged).toBeLessThan(600);
    }
  };

  it('resumes after the worker is killed mid-sync and ends with the same result', async () => {
    const { seller, connectionId } = await connectAndWaitForPayments('Killed worker');

    await stack.workers[0].stop('SIGKILL');
    // Killed mid-run: the run is under way, its payments checkpointed partway.
    expect(await readStoredConnection(connectionId)).toMatchObject({
      syncStage: 'FULL_SYNC_ONGOING',
      syncCursors: { payments: expect.any(String) },
    });
    await stack.control('/faults', { routes: [] });
    await stack.startWorker();
    await expectOneFullRunCompleted(seller, connectionId, { stoppedInPayments: true });
    // Its rate was measured from the attempt that resumed it, which the settings page is told.
    const { syncProgress } = await waitForConnection(
      stack.app,
      seller.token,
      connectionId,
      () => true,
    );

    expect(syncProgress.rateSince.processed).toBeGreaterThanOrEqual(1000);
  }, 240_000);

  // Two hard stops during one run (a deploy whose grace ran out, then another): the job BullMQ
  // finds stalled a second time is carried on again, not failed for having stalled before.
  it('resumes after the worker is killed twice mid-sync and ends with the same result', async () => {
    const { seller, connectionId } = await connectAndWaitForPayments('Killed worker twice');
    const paymentsProcessed = (connection: any): number =>
      connection.syncProgress?.steps.find((s: any) => s.step === 'payments')?.processed ?? 0;

    await stack.workers[0].stop('SIGKILL');
    const processedAtFirstKill = paymentsProcessed(
      await waitForConnection(stack.app, seller.token, connectionId, () => true),
    );

    await stack.control('/faults', {
      routes: [{ match: 'GET /api/v1/payments*', latencyMs: 400 }],
    });
    const resumingWorker = await stack.startWorker();

    await waitForConnection(
      stack.app,
      seller.token,
      connectionId,
      (c) => paymentsProcessed(c) >= processedAtFirstKill + 200,
      90_000,
    );
    await resumingWorker.stop('SIGKILL');
    await stack.control('/faults', { routes: [] });
    await stack.startWorker();
    await expectOneFullRunCompleted(seller, connectionId, { stoppedInPayments: true });
  }, 300_000);

  // A deploy stops the worker with SIGTERM: it takes no new job, and the run under way stops at its
  // next checkpoint, the page in flight still written through the database (closed only after the
  // running jobs have ended), its job put back on the queue for the next worker, rather than run on
  // past the grace an orchestrator gives. The payments table is held locked meanwhile, so that a
  // page is mid-transaction as it stops.
  it('stops the run under way at its next checkpoint on SIGTERM, and the next worker carries it on', async () => {
    const { seller, connectionId } = await connectAndWaitForPayments('Stopped worker');
    const worker = stack.workers[0];
    const blocker = stack.app.get(DataSource).createQueryRunner();

    await blocker.connect();
    await blocker.startTransaction();
    await blocker.query(
      `LOCK TABLE "${getWorkspaceSchemaName(seller.workspaceId)}"."whopPayment" IN EXCLUSIVE MODE`,
    );
    const stopping = worker.stop('SIGTERM');

    await stack.control('/faults', { routes: [] });

    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await blocker.commitTransaction();
    await blocker.release();
    const exit = await stopping;

    // Nest raises the signal again once its shutdown hooks have run.
    expect(exit).toEqual({ code: null, signal: 'SIGTERM' });
    expect(worker.output()).toContain('Worker stopped: running jobs ended or put back');
    expect(worker.output()).not.toContain('The database was unavailable');
    // Stopped partway: the run waits for the next worker, from its last checkpoint.
    expect(await readStoredConnection(connectionId)).toMatchObject({
      syncStage: 'FULL_SYNC_ONGOING',
      syncCursors: { payments: expect.any(String) },
    });
    await stack.startWorker();
    await expectOneFullRunCompleted(seller, connectionId, { stoppedInPayments: true });
  }, 240_000);

  // The job's retry comes back once BullMQ finds it stalled, while the killed run's sync lock may
  // still have some seconds to live: the retry waits that out instead of taking the run for
  // another sync's and leaving it unfinished.
  it('resumes a sync of changes whose worker is killed mid-run', async () => {
    const { seller, connectionId } = await connectAndSyncSmallCompany('Killed changes');

    await killWorkerInSyncOfChanges(seller, connectionId);
    await stack.control('/faults', { routes: [] });
    await stack.startWorker();
    const connection = await waitForConnection(
      stack.app,
      seller.token,
      connectionId,
      (c) => c.syncStage !== 'INCREMENTAL_ONGOING',
      120_000,
    );
    const logs = await graphqlRequest(
      stack.app,
      `query L($id: ID!) { whopSyncLogs(connectionId: $id) { edges { node { type status counts { object created updated unchanged } } } } }`,
      { id: connectionId },
      seller.token,
    );
    const [changes, full] = logs.data.whopSyncLogs.edges.map(({ node }: any) => node);
    const productsCounted = changes.counts.find(
      ({ object }: { object: string }) => object === 'whopProduct',
    );

    expect(connection).toMatchObject({ syncStatus: 'ACTIVE', lastSyncError: null });
    expect(connection.lastIncrementalSyncAt).not.toBeNull();
    expect([changes, full]).toMatchObject([
      { type: 'incremental', status: 'success' },
      { type: 'full', status: 'success' },
    ]);
    // Its products were listed before the kill: the resumed attempt reads again by id those its
    // memberships are on, and counts them once.
    expect(productsCounted.created + productsCounted.updated + productsCounted.unchanged).toBe(
      stack.sandbox.state.products.all().length,
    );
  }, 240_000);

  // A deploy: the old worker is stopped mid-run, the migration resets where runs of changes read
  // payments from, and the new worker resumes the run. Its end must leave the reset in place, so
  // that the next run reads every payment with the new code.
  it('keeps a migration reset made while a run of changes was stopped, once that run resumes and ends', async () => {
    const { seller, connectionId } = await connectAndSyncSmallCompany('Deployed mid-run');
    const dataSource = stack.app.get(DataSource);
    const readPaymentsUpdatedAfter = async () =>
      (await dataSource.getRepository(WhopConnection).findOneByOrFail({ id: connectionId }))
        .paymentsUpdatedAfter;

    expect(await readPaymentsUpdatedAfter()).not.toBeNull();
    await killWorkerInSyncOfChanges(seller, connectionId);
    await applyCoreMigration(stack.app, new ReclassifyWhopPayments1765065600000());
    await stack.control('/faults', { routes: [] });
    await stack.startWorker();
    const resumed = await waitForConnection(
      stack.app,
      seller.token,
      connectionId,
      (c) => c.syncStage !== 'INCREMENTAL_ONGOING',
      120_000,
    );

    expect(resumed).toMatchObject({ syncStatus: 'ACTIVE', lastSyncError: null });
    expect(await readPaymentsUpdatedAfter()).toBeNull();
  }, 240_000);

  it('resumes a run whose job the queue lost, as a Redis that keeps nothing on disk does', async () => {
    const { seller, connectionId } = await connectAndWaitForPayments('Queue lost');

    await stack.control('/faults', { routes: [] });
    const dataSource = stack.app.get(DataSource);
    const syncService = stack.app.get(WhopSyncService);

    // Redis and the worker restart: the job, the run's lock and the queue are gone.
    await stack.workers[0].stop('SIGKILL');
    await stack.app.get(RedisClientService).getClient().flushdb();
    // The scheduled reconcile coming first leaves the full sync under way to its own job, and
    // Sync changes is refused, though nothing holds the lock.
    await syncService.run(connectionId, 'incremental', {
      jobId: 'reconcile',
      number: 1,
      isLast: true,
      retryDelayMs: null,
    });
    const changes = await triggerWhopSync(stack.app, seller.token, connectionId, 'INCREMENTAL');

    expect(changes.errors?.[0]).toMatchObject({
      message:
        'A full sync is waiting to start or under way for this connection: it brings in everything Sync changes would.',
      extensions: { code: 'SYNC_ALREADY_RUNNING' },
    });
    // Half a minute later, as nothing carries the run on any more: reading the connection says why
    // the run stands still and leaves it to the server's keeper, which queues a job for it once it
    // saw it lost twice.
    await dataSource.query(
      `UPDATE core."whopConnection" SET "updatedAt" = now() - interval '31 seconds' WHERE id = $1`,
      [connectionId],
    );
    const lost = await waitForConnection(stack.app, seller.token, connectionId, () => true);

    expect(lost).toMatchObject({
      syncStage: 'FULL_SYNC_ONGOING',
      lastSyncError: LOST_RUN_MESSAGE,
    });
    const readRun = async (): Promise<{ runId: string; jobId: string }> =>
      (
        await dataSource.query(
          `SELECT "syncProgress"->>'runId' AS "runId", "syncProgress"->>'jobId' AS "jobId"
           FROM core."whopConnection" WHERE id = $1`,
          [connectionId],
        )
      )[0];
    const { runId, jobId: lostJobId } = await readRun();

    stack.app.get(ScheduledJobsKeeper).keep(getAppScheduledJobsOwners(stack.app), 200);
    let resumingJobId = lostJobId;

    while (resumingJobId === lostJobId) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      ({ jobId: resumingJobId } = await readRun());
    }
    // The run names the job queued for it, a full sync that names the run in turn.
    const resumingJob = await stack.app
      .get(RedisClientService)
      .getClient()
      .hgetall(`bull:${MessageQueue.whopQueue}:${resumingJobId}`);

    expect(resumingJob.name).toBe('WhopFullSyncJob');
    expect(JSON.parse(resumingJob.data)).toMatchObject({ connectionId, resumeRunId: runId });
    await stack.startWorker();
    await expectOneFullRunCompleted(seller, connectionId, { stoppedInPayments: true });

    // That job, had it come after the run ended, would start nothing again.
    await syncService.run(
      connectionId,
      'full',
      { jobId: 'late', number: 1, isLast: true, retryDelayMs: null },
      runId,
    );
    await expectOneFullRunCompleted(seller, connectionId, { stoppedInPayments: true });
  }, 240_000);

  // Redis out of reach for longer than the lock's lifetime: the lock lapses, and another run takes
  // it (BullMQ hands a job whose own lock lapsed to another worker). The first run stops at its
  // next page without writing anything more; the new holder ends the run as one.
  it('stops a run whose lock another run took, without writing, and leaves the run to it', async () => {
    const { seller, connectionId } = await connectAndWaitForPayments('Lock lost');

    await stack.control('/faults', { routes: [] });
    const dataSource = stack.app.get(DataSource);
    const redis = stack.app.get(RedisClientService).getClient();
    const lockKey = `whop:sync-lock:${connectionId}`;
    const readRunState = async () =>
      (
        await dataSource.query(
          `SELECT c."syncStage", c."syncCursors", c."syncProgress", c."updatedAt", l.status, l.counts
           FROM core."whopConnection" c JOIN core."whopSyncLog" l
             ON l.id = (c."syncProgress"->>'runId')::uuid
           WHERE c.id = $1`,
          [connectionId],
        )
      )[0];

    await takeSyncLockFromRun(connectionId);
    const stopped = await readRunState();

    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(await readRunState()).toEqual(stopped);
    expect(stopped).toMatchObject({ syncStage: 'FULL_SYNC_ONGOING', status: 'running' });
    expect(stopped.syncCursors.payments).toBeDefined();
    expect(await redis.get(lockKey)).toBe('another-run');

    // The new holder: the same job's run, carried on by another worker.
    await stack.control('/faults', { routes: [] });
    await redis.del(lockKey);
    await stack.app.get(WhopSyncService).run(connectionId, 'full', {
      jobId: stopped.syncProgress.jobId,
      number: 2,
      isLast: false,
      retryDelayMs: 2000,
    });
    await expectOneFullRunCompleted(seller, connectionId, { stoppedInPayments: true });
  }, 240_000);

  // The holder was a job with nothing to do (the scheduled check during a full sync, which lets the
  // lock go at once): the run's own job, which waits its turn, carries it on to its end.
  it('carries on a run whose lock another job took and let go', async () => {
    const { seller, connectionId } = await connectAndWaitForPayments('Lock let go');

    await takeSyncLockFromRun(connectionId);
    await stack.app.get(RedisClientService).getClient().del(`whop:sync-lock:${connectionId}`);
    await stack.control('/faults', { routes: [] });

    await expectOneFullRunCompleted(seller, connectionId, { stoppedInPayments: true });
  }, 240_000);

  // Whop stops accepting the grant while the run waits to go on (here its lock taken, as when its
  // job waits to retry): a token refresh elsewhere refused marks the connection, not the run.
  it('ends a run whose connection needs reconnecting by the time its job carries it on', async () => {
    const { seller, connectionId } = await connectAndWaitForPayments('Refused meanwhile');
    const dataSource = stack.app.get(DataSource);

    await takeSyncLockFromRun(connectionId);
    const [{ runId, jobId }] = await dataSource.query(
      `SELECT "syncProgress"->>'runId' AS "runId", "syncProgress"->>'jobId' AS "jobId"
       FROM core."whopConnection" WHERE id = $1`,
      [connectionId],
    );
    expect(await readRun(runId)).toMatchObject({ status: 'running' });
    await refuseGrantElsewhere(connectionId);
    await stack.control('/faults', { routes: [] });
    await stack.app.get(RedisClientService).getClient().del(`whop:sync-lock:${connectionId}`);
    await stack.app.get(WhopSyncService).run(connectionId, 'full', {
      jobId,
      number: 2,
      isLast: false,
      retryDelayMs: 2000,
    });

    expect(await readRun(runId)).toEqual({ status: 'failed', errorMessage: REFUSED_GRANT_REASON });
    expect(
      await waitForConnection(stack.app, seller.token, connectionId, () => true),
    ).toMatchObject({ status: 'needs_reauth', syncStage: 'FAILED' });
  }, 240_000);

  // A token refresh elsewhere (another worker, the server) is refused while the run goes on with
  // the access token it holds: the run stops at its next write, and leaves the reason shown.
  it('stops a run whose connection needs reconnecting meanwhile, keeping why', async () => {
    const { seller, connectionId } = await connectAndWaitForPayments('Refused mid-run');
    const runId = await readShownRunId(connectionId);

    await refuseGrantElsewhere(connectionId);
    await stack.control('/faults', { routes: [] });
    await waitForRunToEnd(runId);

    expect(await readRun(runId)).toEqual({ status: 'failed', errorMessage: REFUSED_GRANT_REASON });
    expect(
      await waitForConnection(stack.app, seller.token, connectionId, () => true),
    ).toMatchObject({
      status: 'needs_reauth',
      syncStage: 'FAILED',
      lastSyncError: REFUSED_GRANT_REASON,
    });
  }, 240_000);

  // Another session holds the customers' rows for good (a stuck transaction): the page waiting on
  // them is cancelled once its statement times out, and the sync waits to retry, rather than show
  // "Syncing" for ever; it completes once the rows are free.
  it('retries a page stuck behind a lock once its statement times out, then completes', async () => {
    const { seller, connectionId, lastFullSyncAt } = await connectAndSyncSmallCompany(
      'Stuck behind a lock',
      { statementTimeoutMs: 1000 },
    );
    // Not the workspace's pool, which would end this transaction once idle for the timeout.
    const holder = stack.app.get(DataSource).createQueryRunner();

    await holder.connect();
    await holder.startTransaction();
    await holder.query(
      `SELECT id FROM "${getWorkspaceSchemaName(seller.workspaceId)}"."person" FOR UPDATE`,
    );
    try {
      await triggerWhopSync(stack.app, seller.token, connectionId, 'FULL');
      expect(
        await waitForConnection(
          stack.app,
          seller.token,
          connectionId,
          (c) => isDefined(c.lastSyncError) || c.syncStage === 'FAILED',
          60_000,
        ),
      ).toMatchObject({
        syncStage: 'FULL_SYNC_ONGOING',
        lastSyncError: 'The database was too busy for a moment.',
      });
    } finally {
      await holder.rollbackTransaction();
      await holder.release();
    }

    expect(await waitForNextFullSync(seller, connectionId, lastFullSyncAt)).toMatchObject({
      syncStatus: 'ACTIVE',
      lastSyncError: null,
    });
    expect(await countRows(stack, seller.workspaceId)).toEqual(expectedCounts(stack));
  }, 180_000);

  it('resumes when the database drops every connection mid-sync, as a restart does', async () => {
    const { seller, connectionId } = await connectAndWaitForPayments('Database restart');

    await stack.control('/faults', { routes: [] });
    // Every connection but this one, again and again for two seconds: pages are being written.
    const dataSource = stack.app.get(DataSource);
    let terminatedInTransaction = 0;

    for (const stopAt = Date.now() + 2_000; Date.now() < stopAt;) {
      const terminated: { state: string }[] = await dataSource.query(
        `SELECT state, pg_terminate_backend(pid) FROM pg_stat_activity
         WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
      );

      terminatedInTransaction += terminated.filter(({ state }) => state !== 'idle').length;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(terminatedInTransaction).toBeGreaterThan(0);
    await expectOneFullRunCompleted(seller, connectionId, { stoppedInPayments: true });
    // The run did stop on the database, and was retried rather than failed.
    expect(stack.workers[0].output()).toContain(
      `Sync of connection ${connectionId} stopped: The database was unavailable`,
    );
  }, 240_000);

  it('shows the step Whop fails on, and resumes there once Whop answers again', async () => {
    stack = await startWhopTestStack({ members: 20, apiMaxRetries: 0 });
    const seller = await createTestWorkspace(stack.app, 'Payments down');
    const stoppedLine = /stopped: list payments: Whop answered 500/g;
    const readConnection = () =>
      waitForConnection(stack.app, seller.token, connectionId!, () => true);

    // Each answer takes 2 s: a retried attempt is seen while it waits on Whop.
    await stack.control('/faults', {
      routes: [
        { match: 'GET /api/v1/payments*', latencyMs: 2_000, errorRate: 1, errorStatus: 500 },
      ],
    });
    const { connectionId } = await connectWhopThroughOAuth(stack.app, seller.token);
    // Waiting to retry, before the step has written a page.
    const waiting = await waitForConnection(
      stack.app,
      seller.token,
      connectionId!,
      (c) => isDefined(c.lastSyncError) && c.syncProgress?.step === 'payments',
    );

    expect(waiting.syncStage).toBe('FULL_SYNC_ONGOING');
    // Which call failed, and when the queue tries again: 1 s after the first attempt stopped.
    const waitingBetweenAttempts = await waitForConnection(
      stack.app,
      seller.token,
      connectionId!,
      (c) => isDefined(c.nextSyncRetryAt),
    );

    expect(waitingBetweenAttempts).toMatchObject({
      lastSyncError: 'Whop answered 500 (list payments).',
      throttleFailureCount: 1,
    });
    expect(Math.abs(Date.parse(waitingBetweenAttempts.nextSyncRetryAt) - Date.now())).toBeLessThan(
      5_000,
    );
    // The retry starts 1 s after the first attempt stopped and waits 2 s on Whop; meanwhile the
    // run still says why it waits, until it writes a page again.
    await new Promise((resolve) => setTimeout(resolve, 1_800));
    expect(await readConnection()).toMatchObject({
      lastSyncError: 'Whop answered 500 (list payments).',
      syncProgress: expect.objectContaining({ step: 'payments' }),
    });
    for (
      let waited = 0;
      (stack.workers[0].output().match(stoppedLine) ?? []).length < 2;
      waited++
    ) {
      if (waited > 300) throw new Error('the sync was not retried twice');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await stack.control('/faults', { routes: [] });
    await expectOneFullRunCompleted(seller, connectionId!, { stoppedInPayments: true });
    const { syncProgress } = await readConnection();
    // The run's history keeps the attempts that stopped, in order.
    const history = await graphqlRequest(
      stack.app,
      `query L($id: ID!) { whopSyncLogs(connectionId: $id) { edges { node { issues { level whopId message } } } } }`,
      { id: connectionId },
      seller.token,
    );

    expect(history.data.whopSyncLogs.edges[0].node.issues.slice(0, 2)).toEqual([
      {
        level: 'warning',
        whopId: null,
        message: 'Attempt 1 stopped: Whop answered 500 (list payments).',
      },
      {
        level: 'warning',
        whopId: null,
        message: 'Attempt 2 stopped: Whop answered 500 (list payments).',
      },
    ]);

    // Each step counted once, however many times the run was retried.
    expect(
      syncProgress.steps.find(({ step }: { step: string }) => step === 'memberships').processed,
    ).toBe(expectedCounts(stack).opportunities);
    // The next run reads the payments updated since the run's first attempt began, by Whop's clock
    // (the sandbox's is ours; its answers are dated to the whole second).
    const [{ paymentsUpdatedAfter, startedAt }] = await stack.app.get(DataSource).query(
      `SELECT c."paymentsUpdatedAfter", l."startedAt" FROM core."whopConnection" c
       JOIN core."whopSyncLog" l ON l."connectionId" = c.id WHERE c.id = $1`,
      [connectionId],
    );

    expect(startedAt.getTime() - paymentsUpdatedAfter.getTime()).toBeGreaterThanOrEqual(0);
    expect(startedAt.getTime() - paymentsUpdatedAfter.getTime()).toBeLessThan(2_000);
  }, 120_000);

  // Connecting again while another sync of the connection runs (the scheduled check, here a lock
  // held by the test): the full sync waits its turn, without using up the attempts it has for
  // Whop's failures, and runs once the other is done.
  it('queues a full sync behind another sync of the connection without using up its attempts', async () => {
    const { seller, connectionId } = await connectAndSyncSmallCompany('Waits its turn');
    const otherSync = await stack.app.get(WhopSyncLockService).tryAcquire(connectionId);

    await connectWhopThroughOAuth(stack.app, seller.token, connectionId);
    await new Promise((resolve) => setTimeout(resolve, 7_000));
    expect(stack.workers[0].output()).toMatch(
      /Job WhopFullSyncJob \(\S+\) postponed: Another sync of this connection is running/,
    );
    expect(stack.workers[0].output()).not.toMatch(/Job WhopFullSyncJob \(\S+\) failed/);
    await otherSync!.release();
    const synced = await waitForConnection(
      stack.app,
      seller.token,
      connectionId,
      (c) => c.syncStatus === 'ACTIVE' && c.syncStage === 'INCREMENTAL_PENDING',
      30_000,
    );

    expect(synced).toMatchObject({ status: 'active', lastSyncError: null });
    expect(await countRows(stack, seller.workspaceId)).toEqual(expectedCounts(stack));
  }, 90_000);

  // The database restarting as the run ends (here: its end refused once as PostgreSQL refuses a
  // statement while it shuts down). The retry resumes the run and ends it: one run, completed,
  // rather than the connection shown synced under a run left open and a new full sync.
  it('ends a run whose end the database lost, as the same run', async () => {
    stack = await startWhopTestStack({ members: 20 });
    const seller = await createTestWorkspace(stack.app, 'End lost');
    const database = stack.app.get(DataSource);

    // A sequence, not a table, counts the refusals: the refusal rolls back everything else.
    await database.query(`
      CREATE SEQUENCE core."testLoseRunEnd";
      CREATE FUNCTION core."testLoseRunEnd"() RETURNS trigger AS $$
      BEGIN
        IF nextval('core."testLoseRunEnd"') = 1 THEN
          RAISE EXCEPTION 'terminating connection due to administrator command'
            USING ERRCODE = '57P01';
        END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql;
      CREATE TRIGGER "testLoseRunEnd" BEFORE UPDATE ON core."whopSyncLog"
        FOR EACH ROW WHEN (NEW.status <> 'running') EXECUTE FUNCTION core."testLoseRunEnd"();
    `);
    try {
      const { connectionId } = await connectWhopThroughOAuth(stack.app, seller.token);

      await expectOneFullRunCompleted(seller, connectionId!);
      expect((await database.query(`SELECT last_value FROM core."testLoseRunEnd"`))[0]).toEqual({
        last_value: '2',
      });
    } finally {
      await database.query(`
        DROP TRIGGER "testLoseRunEnd" ON core."whopSyncLog";
        DROP FUNCTION core."testLoseRunEnd"();
        DROP SEQUENCE core."testLoseRunEnd";
      `);
    }
  }, 120_000);

  it('says the sync waits on Whop while a failed call is retried, before the attempt gives up', async () => {
    stack = await startWhopTestStack({ members: 20, apiMaxRetries: 3 });
    const seller = await createTestWorkspace(stack.app, 'Payments retried');

    // Each answer takes 0.5 s and the SDK waits about 0.5, 1 and 2 s before its retries: the
    // attempt lasts about 5 s.
    await stack.control('/faults', {
      routes: [{ match: 'GET /api/v1/payments*', latencyMs: 500, errorRate: 1, errorStatus: 500 }],
    });
    const { connectionId } = await connectWhopThroughOAuth(stack.app, seller.token);
    const waiting = await waitForConnection(stack.app, seller.token, connectionId!, (c) =>
      isDefined(c.lastSyncError),
    );

    // Said as the first request failed, not once the attempt failed (that counts one failure).
    expect(waiting).toMatchObject({
      syncStage: 'FULL_SYNC_ONGOING',
      throttleFailureCount: 0,
      lastSyncError: 'Whop is busy or unreachable right now.',
      syncProgress: expect.objectContaining({ step: 'payments' }),
    });
    await stack.control('/faults', { routes: [] });
    await expectOneFullRunCompleted(seller, connectionId!);
  }, 120_000);

  it('ends a sync of changes failed, with its reason, once its retries run out', async () => {
    const { seller, connectionId } = await syncChangesWhilePaymentsFail('Retries run out');
    const failed = await waitForConnection(
      stack.app,
      seller.token,
      connectionId,
      (c) => c.syncStage === 'FAILED',
    );
    // What the seller can read and act on, not the server's own text.
    const reason =
      'The sync stopped after 4 attempts: Whop answered 500 (list payments). Start it again from this page.';

    expect(failed.syncStatus).toBe('FAILED_UNKNOWN');
    expect(failed.lastSyncError).toBe(reason);
    const logs = await graphqlRequest(
      stack.app,
      `query L($id: ID!) { whopSyncLogs(connectionId: $id) { edges { node { type status errorMessage } } } }`,
      { id: connectionId },
      seller.token,
    );

    expect(logs.data.whopSyncLogs.edges[0].node).toMatchObject({
      type: 'incremental',
      status: 'failed',
      errorMessage: reason,
    });

    // Sync changes starts again once Whop answers (its first attempt failing before any page): a
    // new run, not the failed one's cursors.
    await stack.control('/faults', {
      routes: [{ match: 'GET /api/v1/companies*', errorRate: 1, errorStatus: 500, times: 1 }],
    });
    const resynced = await runWhopSyncToEnd(stack.app, seller.token, connectionId, 'INCREMENTAL');

    expect(resynced).toMatchObject({ syncStatus: 'ACTIVE', lastSyncError: null });
    expect(
      resynced.syncProgress.steps.find(({ step }: { step: string }) => step === 'memberships')
        .processed,
    ).toBe(expectedCounts(stack).opportunities);
  }, 120_000);

  it('refreshes the totals of a sync of changes that ends failed, which the next run would not redo', async () => {
    const { synced, held, readActiveMemberships, before } = await syncHeldMembership(
      'Failed run totals',
      { apiMaxRetries: 0 },
    );

    expect(before).toBeGreaterThan(0);
    // Canceled on Whop: the run of changes writes it in its memberships step, then fails for good
    // on the payments, before the end where a customer's rollups are refreshed.
    await stack.control(`/memberships/${held.id}/cancel`, {});
    await stack.control('/faults', {
      routes: [{ match: 'GET /api/v1/payments*', errorRate: 1, errorStatus: 500 }],
    });
    await triggerWhopSync(stack.app, synced.seller.token, synced.connectionId, 'INCREMENTAL');
    await waitForConnection(
      stack.app,
      synced.seller.token,
      synced.connectionId,
      (c) => c.syncStage === 'FAILED',
    );

    expect(await readActiveMemberships()).toBe(before - 1);
  }, 120_000);

  it('refreshes the totals of a sync of changes stopped as its connection needs reconnecting meanwhile', async () => {
    const held = await syncHeldMembership('Refused run totals');
    const { synced, readActiveMemberships, before } = held;
    // The run of changes is reading the payments when a token refresh elsewhere is refused.
    const runId = await syncChangesCancelling(held);

    await refuseGrantElsewhere(synced.connectionId);
    await waitForRunToEnd(runId);

    expect(await readRun(runId)).toEqual({ status: 'failed', errorMessage: REFUSED_GRANT_REASON });
    expect(await readActiveMemberships()).toBe(before - 1);
  }, 120_000);

  // No run follows a disconnect: the records the run wrote keep the totals it leaves.
  it('refreshes the totals of a sync of changes stopped by Disconnect', async () => {
    const held = await syncHeldMembership('Disconnected run totals');
    const { synced, readActiveMemberships, before } = held;
    // Whop does not confirm the revocation, so the page the run is reading still comes: the run
    // learns of the disconnect as it saves that page.
    const runId = await syncChangesCancelling(held, [
      { match: 'POST /oauth/revoke', errorRate: 1, errorStatus: 503 },
    ]);
    const disconnected = await graphqlRequest(
      stack.app,
      `mutation D($id: ID!) { disconnectWhop(id: $id) { status } }`,
      { id: synced.connectionId },
      synced.seller.token,
    );

    expect(disconnected.data.disconnectWhop).toEqual({ status: 'revoked' });
    // Disconnect closed the run's history: the worker is done with it once it lets the lock go.
    for (const stopAt = Date.now() + 60_000; ;) {
      const lock = await stack.app.get(WhopSyncLockService).tryAcquire(synced.connectionId);

      if (lock !== null) {
        await lock.release();
        break;
      }
      if (Date.now() > stopAt) throw new Error('The run went on');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(await readRun(runId)).toMatchObject({ status: 'failed' });
    expect(await readActiveMemberships()).toBe(before - 1);
  }, 120_000);

  it('closes the history of a run waiting to retry when Whop is disconnected, and leaves it disconnected', async () => {
    const { seller, connectionId } = await syncChangesWhilePaymentsFail('Disconnected run');

    await waitForConnection(stack.app, seller.token, connectionId, (c) =>
      isDefined(c.lastSyncError),
    );
    const disconnected = await graphqlRequest(
      stack.app,
      `mutation D($id: ID!) { disconnectWhop(id: $id) { status syncStage } }`,
      { id: connectionId },
      seller.token,
    );
    const logs = await graphqlRequest(
      stack.app,
      `query L($id: ID!) { whopSyncLogs(connectionId: $id) { edges { node { type status errorMessage } } } }`,
      { id: connectionId },
      seller.token,
    );

    expect(disconnected.data.disconnectWhop).toEqual({ status: 'revoked', syncStage: 'FAILED' });
    expect(logs.data.whopSyncLogs.edges[0].node).toEqual({
      type: 'incremental',
      status: 'failed',
      errorMessage: 'Whop was disconnected before this run finished.',
    });
    // What a run still going (or one starting just then) would write stops it, and a full sync
    // queued at that moment is not queued: the connection stays disconnected.
    const syncStatus = stack.app.get(WhopConnectionSyncStatusService);
    const progress = { steps: {} } as never;
    const revoked = await readStoredConnection(connectionId);

    await syncStatus.markAsFullSyncPending(connectionId);
    await expect(
      syncStatus.markAsOngoing(revoked, 'full', progress, { resumed: false }),
    ).rejects.toThrow(WhopSyncDisconnectedError);
    await expect(syncStatus.saveProgress(connectionId, progress)).rejects.toThrow(
      WhopSyncDisconnectedError,
    );
    await expect(
      syncStatus.saveCheckpoint(revoked, 'payments', 'cursor', progress, { waitingOnWhop: false }),
    ).rejects.toThrow(WhopSyncDisconnectedError);
    await expect(
      syncStatus.markAsCompleted(connectionId, 'incremental', progress, {
        from: null,
        to: new Date(),
      }),
    ).rejects.toThrow(WhopSyncDisconnectedError);
    expect(
      await waitForConnection(stack.app, seller.token, connectionId, () => true),
    ).toMatchObject({ status: 'revoked', syncStage: 'FAILED', syncProgress: null });
  }, 120_000);

  it('stops a run under way when Whop is disconnected, and its history keeps the reason', async () => {
    const { seller, connectionId } = await connectAndWaitForPayments('Disconnected mid-run');
    const redis = stack.app.get(RedisClientService).getClient();
    const disconnected = await graphqlRequest(
      stack.app,
      `mutation D($id: ID!) { disconnectWhop(id: $id) { status syncStage } }`,
      { id: connectionId },
      seller.token,
    );

    expect(disconnected.data.disconnectWhop).toEqual({ status: 'revoked', syncStage: 'FAILED' });
    const paymentsAtDisconnect = (await countRows(stack, seller.workspaceId)).payments;

    // The run's worker lets go of the sync lock once the run has stopped.
    for (const giveUpAt = Date.now() + 30_000; Date.now() < giveUpAt;) {
      if (!(await redis.exists(`whop:sync-lock:${connectionId}`))) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(await redis.exists(`whop:sync-lock:${connectionId}`)).toBe(0);
    const logs = await graphqlRequest(
      stack.app,
      `query L($id: ID!) { whopSyncLogs(connectionId: $id) { totalCount edges { node { type status errorMessage } } } }`,
      { id: connectionId },
      seller.token,
    );

    expect(logs.data.whopSyncLogs).toEqual({
      totalCount: 1,
      edges: [
        {
          node: {
            type: 'full',
            status: 'failed',
            errorMessage: 'Whop was disconnected before this run finished.',
          },
        },
      ],
    });
    // At most the pages it was writing as Disconnect came (three at a time, a hundred each).
    expect((await countRows(stack, seller.workspaceId)).payments).toBeLessThanOrEqual(
      paymentsAtDisconnect + 300,
    );
    expect(
      await waitForConnection(stack.app, seller.token, connectionId, () => true),
    ).toMatchObject({ status: 'revoked', syncStage: 'FAILED' });
  }, 240_000);

  it('hands a run under way over to a new full sync when Whop is connected again', async () => {
    const { seller, connectionId } = await connectAndWaitForPayments('Reconnected mid-run');

    await stack.control('/faults', { routes: [] });
    const reconnected = await connectWhopThroughOAuth(stack.app, seller.token, connectionId);

    expect(reconnected.connectionId).toBe(connectionId);
    const readLogs = async () =>
      (
        await graphqlRequest(
          stack.app,
          `query L($id: ID!) { whopSyncLogs(connectionId: $id) { edges { node { type status errorMessage } } } }`,
          { id: connectionId },
          seller.token,
        )
      ).data.whopSyncLogs.edges.map(({ node }: { node: unknown }) => node);

    await waitForConnection(
      stack.app,
      seller.token,
      connectionId,
      (c) => c.syncStatus === 'ACTIVE' || c.syncStage === 'FAILED',
      120_000,
    );
    // The run under way stopped at its next write; the full sync the reconnect queued did the rest.
    expect(await readLogs()).toEqual([
      { type: 'full', status: 'success', errorMessage: null },
      { type: 'full', status: 'failed', errorMessage: RECONNECTED_RUN_MESSAGE },
    ]);
    expect(await countRows(stack, seller.workspaceId)).toEqual(expectedCounts(stack));
  }, 240_000);

  it('starts at once the full sync a reconnect queues while a failed one waits out its backoff, and the failed run writes nothing more', async () => {
    const { seller, connectionId } = await connectAndSyncSmallCompany('Reconnected while waiting', {
      apiMaxRetries: 0,
    });
    const connections = stack.app.get(DataSource).getRepository(WhopConnection);

    await stack.control('/faults', {
      routes: [{ match: 'GET /api/v1/payments*', errorRate: 1, errorStatus: 500 }],
    });
    await triggerWhopSync(stack.app, seller.token, connectionId, 'FULL');
    await waitForConnection(stack.app, seller.token, connectionId, (c) =>
      isDefined(c.nextSyncRetryAt),
    );
    const failedRunId = (await connections.findOneByOrFail({ id: connectionId })).syncProgress!
      .runId;
    // Its next attempt ten minutes away, as after many failed ones.
    const queue = stack.app.get(BullQueueRegistry).open(MessageQueue.whopQueue);

    for (let postponed = false; !postponed;) {
      const [waiting] = (await queue.getJobs(['delayed'])).filter(
        (job) => job.name === WhopFullSyncJob.name && job.data.connectionId === connectionId,
      );

      postponed =
        isDefined(waiting) &&
        (await waiting.changeDelay(600_000).then(
          () => true,
          () => false,
        ));
      if (!postponed) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await stack.control('/faults', { routes: [] });
    await connectWhopThroughOAuth(stack.app, seller.token, connectionId);

    expect(
      await waitForConnection(
        stack.app,
        seller.token,
        connectionId,
        (c) => c.syncStatus === 'ACTIVE' || c.syncStage === 'FAILED',
        60_000,
      ),
    ).toMatchObject({ syncStatus: 'ACTIVE', lastSyncError: null, throttleFailureCount: 0 });
    expect(await countRows(stack, seller.workspaceId)).toEqual(expectedCounts(stack));
    // What the failed run would still write, were it running, changes nothing and stops it.
    const syncStatus = stack.app.get(WhopConnectionSyncStatusService);
    const before = await connections.findOneByOrFail({ id: connectionId });

    await expect(
      syncStatus.markAsThrottled(before, 'Whop answered 500', new Date(), failedRunId),
    ).rejects.toThrow(WhopSyncDisconnectedError);
    await expect(
      syncStatus.markAsFailed(connectionId, 'FAILED_UNKNOWN', 'Whop answered 500', failedRunId),
    ).rejects.toThrow(WhopSyncDisconnectedError);
    await expect(
      syncStatus.markAsNeedsReauth(connectionId, 'Reconnect Whop', { runId: failedRunId }),
    ).rejects.toThrow(WhopSyncDisconnectedError);
    expect(await connections.findOneByOrFail({ id: connectionId })).toMatchObject({
      status: 'active',
      syncStatus: 'ACTIVE',
      lastSyncError: null,
      throttleFailureCount: 0,
    });
  }, 120_000);

  it('starts no second full sync when the queue hands out again a job whose run has ended', async () => {
    const { seller, connectionId } = await connectAndSyncSmallCompany('Job handed out again');
    const connections = stack.app.get(DataSource).getRepository(WhopConnection);
    const { jobId } = (await connections.findOneByOrFail({ id: connectionId })).syncProgress!;
    const countRuns = async () =>
      (
        await graphqlRequest(
          stack.app,
          `query L($id: ID!) { whopSyncLogs(connectionId: $id) { totalCount } }`,
          { id: connectionId },
          seller.token,
        )
      ).data.whopSyncLogs.totalCount;
    const runFullSyncAs = (carriedBy: string) =>
      stack.app.get(WhopSyncService).run(connectionId, 'full', {
        jobId: carriedBy,
        number: 1,
        isLast: false,
        retryDelayMs: 1000,
      });

    expect(jobId).toBeTruthy();
    expect(await countRuns()).toBe(1);
    // The job of the completed full sync, handed out again after its worker stalled.
    expect(await runFullSyncAs(jobId!)).toBe(true);
    expect(await countRuns()).toBe(1);
    // Another full sync job runs as asked.
    expect(await runFullSyncAs('another-job')).toBe(true);
    expect(await countRuns()).toBe(2);
  }, 120_000);

  it('starts the import before registering the webhook, which Whop may be slow to answer', async () => {
    stack = await startWhopTestStack({ members: 20 });
    const seller = await createTestWorkspace(stack.app, 'Slow webhooks');

    await stack.control('/faults', {
      routes: [{ match: 'GET /api/v1/webhooks*', latencyMs: 5_000 }],
    });
    const { connectionId } = await connectWhopThroughOAuth(stack.app, seller.token);
    const landedAt = Date.now();
    const logs = await graphqlRequest(
      stack.app,
      `query L($id: ID!) { whopSyncLogs(connectionId: $id) { edges { node { type startedAt } } } }`,
      { id: connectionId },
      seller.token,
    );
    const [firstRun] = logs.data.whopSyncLogs.edges.map(({ node }: any) => node);

    expect(firstRun.type).toBe('full');
    // Under way while the callback still waited on Whop's webhooks API.
    expect(landedAt - Date.parse(firstRun.startedAt)).toBeGreaterThan(2_500);
    expect(
      await waitForConnection(
        stack.app,
        seller.token,
        connectionId!,
        (c) => c.syncStatus === 'ACTIVE',
      ),
    ).toMatchObject({ webhookRegistered: true, lastSyncError: null });
  }, 120_000);

  it('revokes the refresh token a refresh stored while Disconnect waited for it', async () => {
    const { seller, connectionId } = await connectAndSyncSmallCompany('Disconnect during refresh');
    const dataSource = stack.app.get(DataSource);
    const encryption = stack.app.get(SecretEncryptionService);
    const oauth = stack.app.get(WhopOAuthService);
    const revoke = jest.spyOn(oauth, 'revoke');
    // A refresh in another worker: it holds the connection's row lock while Whop rotates the tokens.
    const refreshing = dataSource.createQueryRunner();

    await refreshing.startTransaction();
    const [stored] = await refreshing.query(
      `SELECT "workspaceId", "refreshToken" FROM core."whopConnection" WHERE id = $1 FOR UPDATE`,
      [connectionId],
    );
    const rotated = await oauth.refresh(
      encryption.decrypt(stored.refreshToken, stored.workspaceId),
    );
    const disconnecting = graphqlRequest(
      stack.app,
      `mutation D($id: ID!) { disconnectWhop(id: $id) { status } }`,
      { id: connectionId },
      seller.token,
    );

    // Disconnect is waiting for the row lock.
    for (const giveUpAt = Date.now() + 10_000; Date.now() < giveUpAt;) {
      const [{ waiting }] = await dataSource.query(
        `SELECT count(*)::int AS waiting FROM pg_stat_activity
         WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );

      if (waiting > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await refreshing.query(
      `UPDATE core."whopConnection" SET "accessToken" = $2, "refreshToken" = $3 WHERE id = $1`,
      [
        connectionId,
        encryption.encrypt(rotated.accessToken, stored.workspaceId),
        encryption.encrypt(rotated.refreshToken!, stored.workspaceId),
      ],
    );
    await refreshing.commitTransaction();
    await refreshing.release();

    expect((await disconnecting).data.disconnectWhop).toEqual({ status: 'revoked' });
    expect(revoke).toHaveBeenCalledTimes(1);
    expect(revoke).toHaveBeenCalledWith(rotated.refreshToken, 'refresh_token');
    expect(await readWhopCompaniesStatus(stack.sandbox.url, rotated.accessToken)).toBe(401);
    const [cleared] = await dataSource.query(
      `SELECT "accessToken", "refreshToken" FROM core."whopConnection" WHERE id = $1`,
      [connectionId],
    );

    expect(cleared).toEqual({ accessToken: '', refreshToken: null });
  }, 120_000);

  it('revokes on Whop, once Whop answers again, a grant Disconnect could not revoke', async () => {
    const { seller, connectionId } = await connectAndSyncSmallCompany('Revocation retried');
    const dataSource = stack.app.get(DataSource);
    const encryption = stack.app.get(SecretEncryptionService);
    const readConnection = async () =>
      (
        await dataSource.query(
          `SELECT "workspaceId", "accessToken", "refreshToken", "grantsToRevoke"
           FROM core."whopConnection" WHERE id = $1`,
          [connectionId],
        )
      )[0];
    const stored = await readConnection();
    const accessToken = encryption.decrypt(stored.accessToken, stored.workspaceId);
    const refreshToken = encryption.decrypt(stored.refreshToken, stored.workspaceId);

    // Whop fails Disconnect's revocation and the job's first two tries; its third goes through.
    await stack.control('/faults', {
      routes: [{ match: 'POST /oauth/revoke', errorRate: 1, errorStatus: 503, times: 3 }],
    });
    const disconnected = await graphqlRequest(
      stack.app,
      `mutation D($id: ID!) { disconnectWhop(id: $id) { status } }`,
      { id: connectionId },
      seller.token,
    );

    expect(disconnected.data.disconnectWhop).toEqual({ status: 'revoked' });
    const waiting = await readConnection();

    expect(waiting).toMatchObject({ accessToken: '', refreshToken: null });
    expect(waiting.grantsToRevoke).toHaveLength(1);
    expect(JSON.stringify(waiting.grantsToRevoke)).not.toContain(refreshToken);
    expect(encryption.decrypt(waiting.grantsToRevoke[0].token, stored.workspaceId)).toBe(
      refreshToken,
    );
    expect(await readWhopCompaniesStatus(stack.sandbox.url, accessToken)).toBe(200);

    // Once the job's first try failed, it waits for its next: removing the connection's syncs from
    // the queue (as Disconnect does, twice) leaves it there.
    for (const giveUpAt = Date.now() + 10_000; Date.now() < giveUpAt;) {
      const { routes } = await stack.control('/faults');

      if (routes[0]?.times === 1) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await stack.app.get(WhopSyncSchedulerService).unschedule(connectionId);
    for (const giveUpAt = Date.now() + 30_000; Date.now() < giveUpAt;) {
      if ((await readConnection()).grantsToRevoke.length === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect((await readConnection()).grantsToRevoke).toEqual([]);
    expect(await readWhopCompaniesStatus(stack.sandbox.url, accessToken)).toBe(401);
  }, 120_000);

  it('queues the revocation of a grant again when the queue lost its job', async () => {
    const { connectionId } = await connectAndSyncSmallCompany('Revocation job lost');
    const dataSource = stack.app.get(DataSource);
    const encryption = stack.app.get(SecretEncryptionService);
    const revocation = stack.app.get(WhopGrantRevocationService);
    const [stored] = await dataSource.query(
      `SELECT "workspaceId", "accessToken", "refreshToken" FROM core."whopConnection" WHERE id = $1`,
      [connectionId],
    );
    const accessToken = encryption.decrypt(stored.accessToken, stored.workspaceId);
    const readGrantsToRevoke = async () =>
      (
        await dataSource.query(`SELECT "grantsToRevoke" FROM core."whopConnection" WHERE id = $1`, [
          connectionId,
        ])
      )[0].grantsToRevoke;

    // A grant left to revoke, its job gone with a Redis that keeps nothing on disk.
    await dataSource.query(
      `UPDATE core."whopConnection" SET "grantsToRevoke" = $2::jsonb WHERE id = $1`,
      [
        connectionId,
        JSON.stringify([{ token: stored.refreshToken, tokenTypeHint: 'refresh_token' }]),
      ],
    );
    expect(await revocation.restoreScheduledJobs()).toBe(1);
    for (const giveUpAt = Date.now() + 30_000; Date.now() < giveUpAt;) {
      if ((await readGrantsToRevoke()).length === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(await readGrantsToRevoke()).toEqual([]);
    expect(await readWhopCompaniesStatus(stack.sandbox.url, accessToken)).toBe(401);
    expect(await revocation.restoreScheduledJobs()).toBe(0);
  }, 120_000);

  it('ends a run its job gave up on without recording it, once the connection is read', async () => {
    const { seller, connectionId } = await syncChangesWhilePaymentsFail('Abandoned run');
    const queue = stack.app.get<MessageQueueService>(getQueueToken(MessageQueue.whopQueue));
    const dataSource = stack.app.get(DataSource);
    const readLatestLog = async () =>
      (
        await dataSource.query(
          `SELECT id, type, status, "errorMessage" FROM core."whopSyncLog"
           WHERE "connectionId" = $1 ORDER BY "startedAt" DESC LIMIT 1`,
          [connectionId],
        )
      )[0];

    // Its third attempt failed: the job waits 4 s before the last one, and the run shows so.
    const waiting = await waitForConnection(
      stack.app,
      seller.token,
      connectionId,
      (c) => c.throttleFailureCount === 3,
    );

    expect(waiting.syncStage).toBe('INCREMENTAL_ONGOING');
    // Its last attempt cannot write the connection (as when the database is out of reach), so the
    // job fails for good without a word.
    const [{ jobId }] = await dataSource.query(
      `SELECT "syncProgress"->>'jobId' AS "jobId" FROM core."whopConnection" WHERE id = $1`,
      [connectionId],
    );

    await dataSource.query(
      `CREATE OR REPLACE FUNCTION core.refuse_whop_connection_writes() RETURNS trigger
       LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'writes refused'; END $$`,
    );
    await dataSource.query(
      `CREATE TRIGGER refuse_whop_connection_writes BEFORE UPDATE ON core."whopConnection"
       FOR EACH ROW WHEN (OLD.id = '${connectionId}') EXECUTE FUNCTION core.refuse_whop_connection_writes()`,
    );
    try {
      while ((await queue.getJobStatus(jobId)) === 'pending')
        await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      await dataSource.query(
        `DROP TRIGGER refuse_whop_connection_writes ON core."whopConnection";
         DROP FUNCTION core.refuse_whop_connection_writes()`,
      );
    }
    expect(await queue.getJobStatus(jobId)).toBe('ended');
    const abandonedRun = await readLatestLog();
    // Not while it wrote a moment ago: a run may be without its lock and its job for a moment when
    // Redis restarts.
    const recent = await waitForConnection(stack.app, seller.token, connectionId, () => true);

    expect(recent.syncStage).toBe('INCREMENTAL_ONGOING');
    // Half a minute later, but a sync holds the connection's lock: the run is not abandoned.
    await dataSource.query(
      `UPDATE core."whopConnection" SET "updatedAt" = now() - interval '31 seconds' WHERE id = $1`,
      [connectionId],
    );
    const lock = await stack.app.get(WhopSyncLockService).tryAcquire(connectionId);

    expect(lock).not.toBeNull();
    const locked = await waitForConnection(stack.app, seller.token, connectionId, () => true);

    expect(locked.syncStage).toBe('INCREMENTAL_ONGOING');
    // Once the lock is released.
    await lock!.release();
    const ended = await waitForConnection(stack.app, seller.token, connectionId, () => true);

    expect(ended).toMatchObject({
      syncStatus: 'FAILED_UNKNOWN',
      syncStage: 'FAILED',
      lastSyncError: ABANDONED_SYNC_MESSAGE,
    });
    expect(await readLatestLog()).toMatchObject({
      id: abandonedRun.id,
      status: 'failed',
      errorMessage: ABANDONED_SYNC_MESSAGE,
    });

    // An older run left running is closed by the next run; Sync changes then completes.
    const [{ id: olderRunId }] = await dataSource.query(
      `INSERT INTO core."whopSyncLog" ("workspaceId", "connectionId", type, status, "startedAt")
       VALUES ($1, $2, 'full', 'running', now() - interval '1 day') RETURNING id`,
      [seller.workspaceId, connectionId],
    );

    await stack.control('/faults', { routes: [] });
    expect(
      await runWhopSyncToEnd(stack.app, seller.token, connectionId, 'INCREMENTAL'),
    ).toMatchObject({ syncStatus: 'ACTIVE', lastSyncError: null });
    const [olderRun] = await dataSource.query(
      `SELECT status, "errorMessage" FROM core."whopSyncLog" WHERE id = $1`,
      [olderRunId],
    );

    expect(olderRun).toEqual({
      status: 'failed',
      errorMessage: 'The run stopped without finishing; a later run took over.',
    });
  }, 120_000);

  // Whop may answer fewer items than asked for while has_next_page says more follow: a sync that
  // took a short page for the last would stop after the first three records of each list.
  it('reads every record when Whop answers pages shorter than asked for', async () => {
    stack = await startWhopTestStack({ members: 20 });
    await stack.control('/faults', { routes: [{ match: 'GET /api/v1/*', maxPageItems: 3 }] });
    const seller = await createTestWorkspace(stack.app, 'Short pages');
    const { connectionId } = await connectWhopThroughOAuth(stack.app, seller.token);
    const connection = await waitForConnection(
      stack.app,
      seller.token,
      connectionId!,
      (c) => c.syncStatus === 'ACTIVE' || c.syncStage === 'FAILED',
    );

    expect(connection).toMatchObject({ syncStatus: 'ACTIVE', lastSyncError: null });
    expect(await countRows(stack, seller.workspaceId)).toEqual(expectedCounts(stack));
  });

  it('slows down under a storm of 429s, 409s and 500s but completes', async () => {
    stack = await startWhopTestStack({ members: 80 });
    const seller = await createTestWorkspace(stack.app, 'Storm');

    await stack.control('/faults', {
      routes: [
        { match: 'GET /api/v1/*', rateLimitRate: 0.3, retryAfterSeconds: 1 },
        // Whop's 429 may say when to try again only in its message ("Try again in 1 seconds.").
        {
          match: 'GET /api/v1/*',
          rateLimitRate: 0.1,
          retryAfterSeconds: 1,
          retryAfterHeader: false,
        },
        { match: 'GET /api/v1/*', errorRate: 0.15, errorStatus: 500 },
        { match: 'GET /api/v1/*', errorRate: 0.15, errorStatus: 503 },
        { match: 'GET /api/v1/*', errorRate: 0.05, errorStatus: 409 },
      ],
    });
    const { connectionId } = await connectWhopThroughOAuth(stack.app, seller.token);
    const connection = await waitForConnection(
      stack.app,
      seller.token,
      connectionId!,
      (c) => c.syncStatus === 'ACTIVE',
      150_000,
    );

    expect(connection.status).toBe('active');
    await stack.control('/faults', { routes: [] });
    await expectCrmMatchesWhop(stack.app, seller.workspaceId, await readWhopGroundTruth(stack));
    // It waited on Whop while the SDK retried, after a 429 (honouring its Retry-After) among
    // others. Only the refusal that starts each wait is logged, so a 500 or 503 may not show.
    const waitedOn = [
      ...stack.workers[0]
        .output()
        .matchAll(
          new RegExp(
            `Sync of connection ${connectionId} waits on Whop: .*Whop answered (\\d+)`,
            'g',
          ),
        ),
    ].map(([, status]) => status);

    expect(waitedOn).toContain('429');
    expect(waitedOn.filter((status) => !['429', '500', '503', '409'].includes(status))).toEqual([]);
  }, 200_000);

  it('refreshes an expired access token once, even when two workers race for it', async () => {
    const { seller, connectionId } = await connectAndSyncSmallCompany('Refresh');
    const secondWorker = await createTestApp();

    try {
      const tokenServices = [stack.app.get(WhopTokenService), secondWorker.get(WhopTokenService)];
      const refreshes = [stack.app, secondWorker].map((app) =>
        jest.spyOn(app.get(WhopOAuthService), 'refresh'),
      );
      const rejected = await tokenServices[0].getAccessToken(connectionId);

      await stack.control('/faults/expire-tokens', {});
      const refreshed = await Promise.all(
        tokenServices.map((service) => service.refreshAccessToken(connectionId, rejected)),
      );

      expect(refreshed[0]).toBe(refreshed[1]);
      expect(refreshed[0]).not.toBe(rejected);
      // One refresh on Whop between the two: the other worker took the token it stored.
      expect(refreshes.map((refresh) => refresh.mock.calls.length).sort()).toEqual([0, 1]);
    } finally {
      await closeTestApp(secondWorker);
    }
    // The connection is still good: a second use of the rotated refresh token would have been
    // refused (invalid_grant), leaving it to be reconnected.
    await triggerWhopSync(stack.app, seller.token, connectionId, 'INCREMENTAL');
    const connection = await waitForConnection(
      stack.app,
      seller.token,
      connectionId,
      (c) => c.lastIncrementalSyncAt !== null,
    );

    expect(connection).toMatchObject({ status: 'active', syncStatus: 'ACTIVE' });
  });

  // Whop can refuse an access token before the expiry it announced: the sync's reads (several at
  // once) get a 401, the token is renewed for all of them, and the run completes.
  it('renews an access token Whop refuses before its announced expiry, and the sync completes', async () => {
    const { seller, connectionId } = await connectAndSyncSmallCompany('Refused early');
    const tokens = stack.app.get(WhopTokenService);
    const refused = await tokens.getAccessToken(connectionId);
    const { lastFullSyncAt } = await waitForConnection(
      stack.app,
      seller.token,
      connectionId,
      () => true,
    );

    expect((await stack.control('/faults/expire-tokens', {})).expired).toBeGreaterThan(0);
    await triggerWhopSync(stack.app, seller.token, connectionId, 'FULL');

    expect(await waitForNextFullSync(seller, connectionId, lastFullSyncAt)).toMatchObject({
      status: 'active',
      syncStatus: 'ACTIVE',
      lastSyncError: null,
    });
    expect(await tokens.getAccessToken(connectionId)).not.toBe(refused);
    expect(await countRows(stack, seller.workspaceId)).toEqual(expectedCounts(stack));
  });

  it.each([
    ['while its access token is fresh', false],
    // What a restarted Whop sandbox looks like too: the expired token's renewal is refused.
    ['once its access token has expired and Whop refuses to renew it', true],
  ])(
    'stops at once and asks to reconnect when Whop revoked the access, %s',
    async (_, tokenExpired) => {
      const { seller, connectionId } = await connectAndSyncSmallCompany('Revoked');

      if (tokenExpired) {
        await stack.app
          .get(DataSource)
          .getRepository(WhopConnection)
          .update(connectionId, { accessTokenExpiresAt: new Date(Date.now() - 60_000) });
      }
      await stack.control('/faults/revoke-tokens', {});
      await triggerWhopSync(stack.app, seller.token, connectionId, 'INCREMENTAL');
      const connection = await waitForConnection(
        stack.app,
        seller.token,
        connectionId,
        // The run has ended: the token service marks the connection first, the run then words it.
        (c) => c.status === 'needs_reauth' && /Reconnect Whop/.test(c.lastSyncError ?? ''),
      );
      const logs = await graphqlRequest(
        stack.app,
        `query L($id: ID!) { whopSyncLogs(connectionId: $id, first: 1) { edges { node { type status } } } }`,
        { id: connectionId },
        seller.token,
      );

      expect(connection.syncStage).toBe('FAILED');
      expect(logs.data.whopSyncLogs.edges[0].node).toEqual({
        type: 'incremental',
        status: 'failed',
      });
      expect(await countRows(stack, seller.workspaceId)).toEqual(expectedCounts(stack));
    },
  );

  // APP_SECRET changed since the tokens were stored: tokens this server cannot read are as good as
  // revoked. The run asks to reconnect at once (not "Whop unreachable", retried for an hour), and
  // connecting again renews the connection.
  it('asks to reconnect when this server can no longer read the tokens it stored, and reconnecting resumes the sync', async () => {
    const { seller, connectionId } = await connectAndSyncSmallCompany('Unreadable tokens');
    const { lastFullSyncAt } = await waitForConnection(
      stack.app,
      seller.token,
      connectionId,
      () => true,
    );
    const unreadable = new SecretEncryptionService({
      get: () => 'another-app-secret-that-is-long-enough',
    } as unknown as EnvironmentService).encrypt('token', seller.workspaceId);

    await stack.app
      .get(DataSource)
      .getRepository(WhopConnection)
      .update(connectionId, { accessToken: unreadable, refreshToken: unreadable });
    await triggerWhopSync(stack.app, seller.token, connectionId, 'INCREMENTAL');
    const paused = await waitForConnection(
      stack.app,
      seller.token,
      connectionId,
      (c) => c.status === 'needs_reauth' && /Reconnect Whop/.test(c.lastSyncError ?? ''),
    );

    expect(paused.syncStage).toBe('FAILED');
    expect(
      (await connectWhopThroughOAuth(stack.app, seller.token, connectionId)).connectionId,
    ).toBe(connectionId);
    const renewed = await waitForConnection(
      stack.app,
      seller.token,
      connectionId,
      (c) => c.syncStatus === 'ACTIVE' && c.lastFullSyncAt !== lastFullSyncAt,
    );

    expect(renewed).toMatchObject({ status: 'active', lastSyncError: null });
    expect(await countRows(stack, seller.workspaceId)).toEqual(expectedCounts(stack));
  });
});
