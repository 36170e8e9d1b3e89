import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  isDefined,
  type WhopSyncStep,
  type WhopSyncType,
  WHOP_ONGOING_SYNC_STAGES,
} from 'twenty-shared';
import { In, Repository } from 'typeorm';

import { WorkerStopSignal } from 'src/engine/core-modules/message-queue/services/worker-stop-signal.service';
import { type JobAttempt } from 'src/engine/core-modules/message-queue/utils/get-job-attempt.util';
import { JobPostponedError } from 'src/engine/core-modules/message-queue/utils/job-postponed.error';
import { getErrorMessage } from 'src/engine/utils/get-error-message.util';
import {
  WhopConnection,
  type WhopSyncProgress,
} from 'src/modules/whop/entities/whop-connection.entity';
import {
  type WhopSyncObjectCounts,
  WhopSyncLog,
} from 'src/modules/whop/entities/whop-sync-log.entity';
import { WhopOpportunityApplyService } from 'src/modules/whop/services/apply/whop-opportunity-apply.service';
import { WhopPaymentApplyService } from 'src/modules/whop/services/apply/whop-payment-apply.service';
import { WhopPersonApplyService } from 'src/modules/whop/services/apply/whop-person-apply.service';
import { WhopProductApplyService } from 'src/modules/whop/services/apply/whop-product-apply.service';
import { WhopRecordIdCache } from 'src/modules/whop/services/apply/whop-record-id-cache';
import { WhopRollupService } from 'src/modules/whop/services/apply/whop-rollup.service';
import {
  type WhopLookupObjectName,
  WhopTableStatisticsService,
} from 'src/modules/whop/services/apply/whop-table-statistics.service';
import {
  type WhopApplyContext,
  type WhopApplyResult,
  type WhopBatchHandler,
  WHOP_DEFERRED_TO_EVERY_TOTAL,
} from 'src/modules/whop/services/apply/whop-apply.types';
import { type WhopApiClient, type WhopListPage } from 'src/modules/whop/services/whop-api-client';
import { WhopApiClientService } from 'src/modules/whop/services/whop-api-client.service';
import {
  WhopConnectionSyncStatusService,
  WhopSyncDisconnectedError,
} from 'src/modules/whop/services/whop-connection-sync-status.service';
import { WhopSyncIssues } from 'src/modules/whop/services/whop-sync-issues';
import {
  WHOP_SYNC_LOCK_TTL_MS,
  type WhopSyncLockHandle,
  WhopSyncLockLostError,
  WhopSyncLockService,
} from 'src/modules/whop/services/whop-sync-lock.service';
import { WhopSyncLogService } from 'src/modules/whop/services/whop-sync-log.service';
import { WhopUnlistedCatalogReader } from 'src/modules/whop/services/whop-unlisted-catalog-reader';
import { type WhopPlan } from 'src/modules/whop/types/whop-api.types';
import { buildInitialWhopSyncProgress } from 'src/modules/whop/utils/build-initial-whop-sync-progress.util';
import { addWhopApplyResult } from 'src/modules/whop/utils/add-whop-apply-result.util';
import {
  applySettingAsideRefusedWhopRecords,
  describeRefusedWhopRecord,
} from 'src/modules/whop/utils/apply-setting-aside-refused-whop-records.util';
import { findWhopRunToResume } from 'src/modules/whop/utils/find-whop-run-to-resume.util';
import { isWhopSyncJobDue } from 'src/modules/whop/utils/is-whop-sync-job-due.util';
import { measureWhopClockStart } from 'src/modules/whop/utils/measure-whop-clock-start.util';
import { crossesWhopStatisticsThreshold } from 'src/modules/whop/utils/crosses-whop-statistics-threshold.util';
import {
  computeWhopSyncRate,
  countWhopSyncProcessed,
} from 'src/modules/whop/utils/compute-whop-sync-rate.util';
import { describeWhopSyncGivenUp } from 'src/modules/whop/utils/describe-whop-sync-given-up.util';
import { streamWhopPages } from 'src/modules/whop/utils/stream-whop-pages.util';
import { streamWhopRecordPages } from 'src/modules/whop/utils/stream-whop-record-pages.util';
import { toWhopSyncException } from 'src/modules/whop/utils/to-whop-sync-exception.util';
import {
  getWhopUserFriendlyMessage,
  type WhopException,
  WhopExceptionCode,
} from 'src/modules/whop/whop.exception';

export type WhopSyncRunType = Exclude<WhopSyncType, 'webhook'>;

type StepDefinition = {
  step: WhopSyncStep;
  countsKey: string | null;
  // The looked-up objects whose tables the step fills (their statistics refreshed as they grow).
  filledObjects: WhopLookupObjectName[];
  // When the run reads only the records changed since then (its size is not known ahead): the
  // date, else null (it reads them all).
  readsChangesSince?: (connection: WhopConnection, type: WhopSyncRunType) => Date | null;
  run: (run: SyncRun, startCursor: string | null, onPage: PageHandler) => Promise<void>;
};

type PageHandler = (
  processed: number,
  result: WhopApplyResult | null,
  endCursor: string | null,
) => Promise<void>;

type SyncRun = {
  connection: WhopConnection;
  // Picked up after a restart: what earlier pages deferred is not known any more.
  resumed: boolean;
  // What the run's pages deferred to its end; null for a run that refreshes every total.
  deferred: { membershipIds: Set<string>; personIds: Set<string> } | null;
  api: WhopApiClient;
  context: WhopApplyContext;
  plansById: Map<string, WhopPlan>;
  unlistedCatalog: WhopUnlistedCatalogReader;
  type: WhopSyncRunType;
  // See WhopSyncProgress.paymentsUpdatedAfterFound.
  paymentsUpdatedAfterFound: Date | null | undefined;
  // A Whop call is being retried (the panel says the run waits on Whop until Whop answers).
  waitingOnWhop: boolean;
  // The attempt is over: a retry of one of its calls still going on says nothing any more.
  ended: boolean;
  // The write saying the run waits on Whop, made in the background: the run's end waits for it,
  // so that it never lands after the reason the attempt stopped.
  waitingWrite: Promise<void>;
};

// Pages written at once within a step (each in its own transaction), checkpointed in order.
const PAGE_CONCURRENCY = 3;
// Pages read from Whop ahead of the writes (one request at a time), so a write never waits for one.
const PAGES_READ_AHEAD = 3;

// Payments changed a little before the last run started are read again: clocks differ.
const PAYMENTS_OVERLAP_MS = 5 * 60_000;

// An incremental run reads the payments updated since the previous run; a full run, or the first
// one, reads them all.
const getWhopPaymentsUpdatedAfter = (
  paymentsUpdatedAfter: Date | null,
  type: WhopSyncRunType,
): Date | null =>
  type === 'incremental' && paymentsUpdatedAfter
    ? new Date(paymentsUpdatedAfter.getTime() - PAYMENTS_OVERLAP_MS)
    : null;

// Where the run found the connection's paymentsUpdatedAfter when it began; undefined for a run
// begun before that was kept in its progress.
const readPaymentsUpdatedAfterFound = (progress: WhopSyncProgress): Date | null | undefined => {
  const found = progress.paymentsUpdatedAfterFound;

  return isDefined(found) ? new Date(found) : found;
};

// The steps whose records the totals are computed from.
const TOTALS_SOURCE_STEPS: WhopSyncStep[] = ['memberships', 'payments'];

// Whether a run's end refreshes the totals of every membership and customer: a full run's, and a
// resumed one's (what its earlier attempts touched is not known any more).
const refreshesEveryTotal = (run: Pick<SyncRun, 'type' | 'resumed'>): boolean =>
  run.type === 'full' || run.resumed;

// Why a connection needs reconnecting, for the history row of the run it stopped.
const describeNeedsReauth = (connection: Pick<WhopConnection, 'lastSyncError'>): string =>
  connection.lastSyncError ?? getWhopUserFriendlyMessage(WhopExceptionCode.AUTH_FAILED);

// Whether the queue tries a failed run again (with backoff), which resumes it.
const isRetriedByTheQueue = (exception: WhopException, attempt: JobAttempt): boolean =>
  exception.code === WhopExceptionCode.TEMPORARY_ERROR && !attempt.isLast;

// How soon a run stopped with its worker is taken up again: at once, by the next worker that runs.
const WORKER_STOPPING_RESUME_DELAY_MS = 0;

// Runs a full sync (the backfill) or an incremental one (the scheduled reconcile) for one connection:
// company → products → plans → members → memberships → payments, page by page, each page written
// by the batched apply services and followed by a checkpoint of the step's cursor, so a killed
// worker resumes where it stopped. All state changes go through WhopConnectionSyncStatusService.
@Injectable()
export class WhopSyncService {
  private readonly logger = new Logger(WhopSyncService.name);

  private readonly steps: StepDefinition[] = [
    {
      step: 'company',
      countsKey: null,
      filledObjects: [],
      run: async (run, _cursor, onPage) => {
        const company = await run.api.retrieveCompany(run.connection.whopCompanyId);

        if (company.title && company.title !== run.connection.whopCompanyTitle) {
          await this.connectionRepository.update(run.connection.id, {
            whopCompanyTitle: company.title,
          });
        }
        await onPage(1, null, null);
      },
    },
    {
      step: 'products',
      countsKey: 'whopProduct',
      filledObjects: [],
      run: (run, cursor, onPage) =>
        this.streamStep(
          run,
          cursor,
          onPage,
          (after) => run.api.listProductDetails(run.connection.whopCompanyId, after),
          (products, context) => {
            run.unlistedCatalog.addListedProducts(products);

            return this.productApply.applyProducts(context, products);
          },
        ),
    },
    {
      step: 'plans',
      countsKey: null,
      filledObjects: [],
      run: (run, _cursor, onPage) => this.loadPlans(run, onPage),
    },
    {
      step: 'members',
      countsKey: 'person',
      filledObjects: ['person'],
      run: (run, cursor, onPage) =>
        this.streamStep(
          run,
          cursor,
          onPage,
          (after) => run.api.listMembers(run.connection.whopCompanyId, after),
          (members, context) => this.personApply.applyMembers(context, members),
        ),
    },
    {
      step: 'memberships',
      countsKey: 'opportunity',
      filledObjects: ['opportunity'],
      run: async (run, cursor, onPage) => {
        if (run.plansById.size === 0) await this.loadPlans(run, async () => undefined);
        await this.streamStep(
          run,
          cursor,
          onPage,
          (after) => run.api.listMemberships(run.connection.whopCompanyId, after),
          async (memberships, context) => {
            await run.unlistedCatalog.readFor(memberships);

            return this.opportunityApply.applyMemberships(context, memberships, run.plansById);
          },
        );
      },
    },
    {
      step: 'payments',
      countsKey: 'whopPayment',
      filledObjects: ['whopPayment', 'task'],
      readsChangesSince: (connection, type) =>
        getWhopPaymentsUpdatedAfter(connection.paymentsUpdatedAfter, type),
      run: (run, cursor, onPage) => {
        const since = getWhopPaymentsUpdatedAfter(
          run.paymentsUpdatedAfterFound === undefined
            ? run.connection.paymentsUpdatedAfter
            : run.paymentsUpdatedAfterFound,
          run.type,
        );

        return this.streamStep(
          run,
          cursor,
          onPage,
          (after) => run.api.listPayments(run.connection.whopCompanyId, after, since),
          (payments, context) => this.paymentApply.applyPayments(context, payments),
        );
      },
    },
    {
      step: 'totals',
      countsKey: null,
      filledObjects: [],
      run: (run, _cursor, onPage) => this.refreshTotals(run, (count) => onPage(count, null, null)),
    },
  ];

  constructor(
    @InjectRepository(WhopConnection)
    private readonly connectionRepository: Repository<WhopConnection>,
    @InjectRepository(WhopSyncLog) private readonly syncLogRepository: Repository<WhopSyncLog>,
    private readonly apiClientService: WhopApiClientService,
    private readonly syncStatusService: WhopConnectionSyncStatusService,
    private readonly syncLogService: WhopSyncLogService,
    private readonly syncLockService: WhopSyncLockService,
    private readonly productApply: WhopProductApplyService,
    private readonly personApply: WhopPersonApplyService,
    private readonly opportunityApply: WhopOpportunityApplyService,
    private readonly paymentApply: WhopPaymentApplyService,
    private readonly rollupService: WhopRollupService,
    private readonly tableStatisticsService: WhopTableStatisticsService,
    private readonly workerStopSignal: WorkerStopSignal,
  ) {}

  // Returns false when another sync of this connection is running (nothing was done, or the run
  // stopped as another job took its lock); throws JobPostponedError when the run stopped at a
  // checkpoint as its worker stops, for the job to go back on the queue. A full sync queued to
  // resume a run whose own job was lost names it (resumeRunId; see isWhopSyncJobDue), and a job
  // that carried a run before resumes that one (findWhopRunToResume).
  async run(
    connectionId: string,
    type: WhopSyncRunType,
    attempt: JobAttempt,
    resumeRunId?: string,
  ): Promise<boolean> {
    const lock =
      (await this.syncLockService.tryAcquire(connectionId)) ??
      ((await this.isRunOfJob(connectionId, attempt.jobId))
        ? await this.syncLockService.acquireWhenFree(connectionId, WHOP_SYNC_LOCK_TTL_MS)
        : null);

    if (!lock) return false;
    try {
      let connection = await this.connectionRepository.findOneBy({ id: connectionId });
      let resuming = findWhopRunToResume(connection, attempt.jobId, resumeRunId);

      for (;;) {
        if (
          !connection ||
          connection.status !== 'active' ||
          !isWhopSyncJobDue(connection, type, resuming)
        ) {
          // Whop stopped accepting the grant while the run this job carries waited to go on (a
          // token refresh elsewhere was refused): the run ends here, with that reason.
          if (isDefined(resuming) && connection?.status === 'needs_reauth') {
            await this.syncLogService.failOpenRun(resuming, describeNeedsReauth(connection));
          }

          return true;
        }
        let reconnected: boolean;

        try {
          reconnected = await this.execute(connection, type, attempt, lock);
        } catch (error) {
          if (!(error instanceof WhopSyncLockLostError)) throw error;
          // Another job took the lock while this one's run went on (it lapsed, its renewal out of
          // reach): this job stops writing, and, like one that found the lock taken, waits its
          // turn (a full sync's job is postponed) to carry its run on, unless the holder carries
          // it on or ends it first.
          this.logger.warn(error.message);

          return false;
        }

        // Connected again while this full sync ran: the full sync the reconnect queued is this
        // job's to run (the queue took it for a duplicate of this one); a sync of changes leaves
        // it to its own job, which waits for the lock.
        if (!(reconnected && type === 'full')) return true;
        resuming = undefined;
        connection = await this.connectionRepository.findOneBy({ id: connectionId });
      }
    } finally {
      await lock.release();
    }
  }

  // Whether the run under way is this job's own: an earlier attempt cut off with its worker, whose
  // lock outlives it by up to its lifetime. The retry waits that out and resumes the run, rather
  // than take the lock for another sync's and leave its own run unfinished.
  private async isRunOfJob(connectionId: string, jobId: string | null): Promise<boolean> {
    const connection = await this.connectionRepository.findOneBy({ id: connectionId });

    return (
      isDefined(jobId) &&
      isDefined(connection) &&
      WHOP_ONGOING_SYNC_STAGES.includes(connection.syncStage) &&
      connection.syncProgress?.jobId === jobId
    );
  }

  // Returns whether the run stopped because its connection was disconnected and connected again
  // meanwhile; throws WhopSyncLockLostError when another job took its lock.
  private async execute(
    connection: WhopConnection,
    type: WhopSyncRunType,
    attempt: JobAttempt,
    lock: WhopSyncLockHandle,
  ): Promise<boolean> {
    const resumable =
      connection.syncStage === (type === 'full' ? 'FULL_SYNC_ONGOING' : 'INCREMENTAL_ONGOING') &&
      connection.syncProgress?.runId
        ? await this.syncLogRepository.findOneBy({
            id: connection.syncProgress.runId,
            status: 'running',
          })
        : null;
    const log = resumable ?? (await this.syncLogService.start(connection, type));
    const issues = WhopSyncIssues.resume(
      log.issues,
      log.issueCount,
      (resumable && connection.syncProgress?.errors) || 0,
    );
    const counts: WhopSyncObjectCounts = { ...log.counts };
    const progress: WhopSyncProgress =
      resumable && connection.syncProgress
        ? {
            ...connection.syncProgress,
            rateSince: {
              at: new Date().toISOString(),
              processed: countWhopSyncProcessed(connection.syncProgress),
            },
          }
        : buildInitialWhopSyncProgress(
            log.id,
            await this.estimateTotals(connection, type),
            connection.paymentsUpdatedAfter,
          );
    // When the run began, its first attempt included: records read since then are read again by
    // the next run (payments updated after it, by Whop's clock).
    const startedAt = log.startedAt;
    const api = this.apiClientService.forConnection(connection.id, {
      onTemporaryFailure: (failure) => this.showWaitingOnWhop(run, log.id, failure),
      onAnswered: (whopTime) => {
        run.waitingOnWhop = false;
        if (isDefined(whopTime)) {
          progress.whopClockStartedAt = measureWhopClockStart({
            startedAt,
            whopTime,
            receivedAt: new Date(),
            known: progress.whopClockStartedAt,
          });
        }
      },
    });
    const deferred = refreshesEveryTotal({ type, resumed: Boolean(resumable) })
      ? null
      : { membershipIds: new Set<string>(), personIds: new Set<string>() };
    const context: WhopApplyContext = {
      workspaceId: connection.workspaceId,
      syncedAt: startedAt,
      issues,
      deferredRollupPersonIds: deferred?.personIds ?? WHOP_DEFERRED_TO_EVERY_TOTAL,
      deferredMembershipIds: deferred?.membershipIds ?? WHOP_DEFERRED_TO_EVERY_TOTAL,
      asynchronousCommit: true,
      personIds: new WhopRecordIdCache(),
    };
    const plansById = new Map<string, WhopPlan>();
    const run: SyncRun = {
      connection,
      api,
      context,
      plansById,
      // Each on its own (a few, read by id): one PostgreSQL refuses is set aside, as one listed
      // would be, and the memberships on it are written without it, rather than failing every
      // page that needs it.
      unlistedCatalog: new WhopUnlistedCatalogReader(api, plansById, async (products) => {
        for (const product of products) {
          const result = await applySettingAsideRefusedWhopRecords(
            [product],
            (records) => this.productApply.applyProducts(context, records),
            (refused, error) => {
              this.warnSetAside(connection.id, refused.id, error);
              issues.addError(refused.id, describeRefusedWhopRecord(error));
            },
          );

          // A resumed run reads again by id the products its earlier attempt listed and counted:
          // those it finds as they were are not counted twice (nor, then, one Whop's listing left
          // out that the earlier attempt never reached, which is rare).
          addWhopApplyResult(
            counts,
            'whopProduct',
            resumable ? { ...result, unchanged: 0 } : result,
          );
        }
      }),
      type,
      paymentsUpdatedAfterFound: readPaymentsUpdatedAfterFound(progress),
      resumed: Boolean(resumable),
      deferred,
      waitingOnWhop: false,
      ended: false,
      waitingWrite: Promise.resolve(),
    };
    // The job carrying the run now (a run the scheduled check resumes changes job).
    progress.jobId = attempt.jobId;
    const firstStep =
      resumable && progress.step ? this.steps.findIndex(({ step }) => step === progress.step) : 0;
    // Before each write of the run's state: a run whose lock another holds writes nothing more.
    const ensureLockHeld = () => {
      if (lock.isLost()) throw new WhopSyncLockLostError(connection.id);
    };

    // Whether the connection shows this run: its failure is then written only while it still does.
    let shown = false;

    try {
      await this.syncStatusService.markAsOngoing(connection, type, progress, {
        resumed: run.resumed,
      });
      shown = true;
      if (!run.resumed) await this.syncLogService.failRunsOtherThan(connection.id, log.id);
      for (const definition of this.steps.slice(Math.max(firstStep, 0))) {
        const startCursor = connection.syncCursors[definition.step] ?? null;

        progress.step = definition.step;
        // A step read from its start (a resumed run read part of it before) counts from zero, and
        // so does the rate's baseline for it.
        const counted = progress.steps[definition.step]?.processed ?? 0;

        progress.steps[definition.step] = {
          total: progress.steps[definition.step]?.total ?? null,
          processed: startCursor === null ? 0 : counted,
        };
        if (startCursor === null && progress.rateSince) {
          progress.rateSince = {
            ...progress.rateSince,
            processed: progress.rateSince.processed - counted,
          };
        }
        // Saved as the step starts: the panel names the step Whop is being read for, and a run
        // stopped before the step's first page resumes there rather than in the step before.
        ensureLockHeld();
        await this.syncStatusService.saveProgress(connection.id, progress);
        await definition.run(run, startCursor, async (processed, result, endCursor) => {
          const stepProgress = progress.steps[definition.step]!;
          const processedBefore = stepProgress.processed;

          stepProgress.processed += processed;
          if (
            type === 'full' &&
            definition.filledObjects.length > 0 &&
            crossesWhopStatisticsThreshold(processedBefore, stepProgress.processed)
          ) {
            await this.tableStatisticsService.refresh(
              connection.workspaceId,
              definition.filledObjects,
            );
          }
          if (definition.countsKey && result) {
            addWhopApplyResult(counts, definition.countsKey, result);
          }
          progress.recordsPerSecond = computeWhopSyncRate(progress, new Date());
          progress.warnings = issues.warningCount();
          progress.errors = issues.errorCount();
          ensureLockHeld();
          await this.syncStatusService.saveCheckpoint(
            connection,
            definition.step,
            endCursor,
            progress,
            { waitingOnWhop: run.waitingOnWhop },
          );
          await this.syncLogService.saveProgress(log, counts, issues);
          // The worker stopping: the run stops at this checkpoint, its job put back on the queue
          // for the next worker to resume it from here.
          if (this.workerStopSignal.isStopping()) {
            throw new JobPostponedError(
              `The worker is stopping: the sync of connection ${connection.id} stops at its last checkpoint, and the next worker resumes it`,
              WORKER_STOPPING_RESUME_DELAY_MS,
            );
          }
        });
      }
      progress.step = null;
      ensureLockHeld();
      // The connection synced and its run finished, in one transaction: a run whose end is lost
      // (the database restarted) is resumed and ends again, rather than leave the connection synced
      // under a run still open, which the retry would replace by a new full sync.
      await this.connectionRepository.manager.transaction(async (manager) => {
        await this.syncStatusService.markAsCompleted(
          connection.id,
          type,
          progress,
          // A run begun before where it found it was kept moves it on from nowhere: left as it is.
          run.paymentsUpdatedAfterFound === undefined
            ? null
            : {
                from: run.paymentsUpdatedAfterFound,
                to: isDefined(progress.whopClockStartedAt)
                  ? new Date(progress.whopClockStartedAt)
                  : startedAt,
              },
          manager,
        );
        await this.syncLogService.finish(
          log,
          issues.errorCount() > 0 ? 'partial' : 'success',
          counts,
          issues,
          null,
          manager,
        );
      });
    } catch (error) {
      run.ended = true;
      await run.waitingWrite;
      if (error instanceof WhopSyncLockLostError || error instanceof JobPostponedError) throw error;
      let superseded: WhopSyncDisconnectedError | null;
      let totalsRefreshed = false;
      const refreshTotalsOnce = async () => {
        if (totalsRefreshed) return;
        totalsRefreshed = true;
        await this.refreshTotalsOfFailedRun(run, progress, lock);
      };

      // Disconnected, or connected again, since the run began (or needing reconnection): it stops
      // writing, and a full sync the reconnect queued runs next.
      if (error instanceof WhopSyncDisconnectedError) {
        superseded = error;
      } else {
        const exception = toWhopSyncException(error);

        // A run that ends here (no retry resumes it) first does the work it deferred to its end,
        // before the connection shows it failed.
        if (!isRetriedByTheQueue(exception, attempt)) await refreshTotalsOnce();
        superseded = await this.handleFailure(
          { connection, log, runId: shown ? log.id : null },
          counts,
          issues,
          exception,
          attempt,
        );
      }

      if (superseded) {
        this.logger.warn(superseded.message);

        return this.closeSupersededRun(connection.id, log.id, refreshTotalsOnce);
      }
    }

    return false;
  }

  // A run that ends failed leaves the totals it deferred to its end undone (a membership's payment
  // state, a customer's rollups), and the next run, which finds Whop's records as this one wrote
  // them, would not do them either: they are done now, as far as the database allows. Not by a run
  // whose lock another run took, nor by a full or resumed run (which refreshes every membership
  // and customer) that wrote no membership or payment.
  private async refreshTotalsOfFailedRun(
    run: SyncRun,
    progress: WhopSyncProgress,
    lock: WhopSyncLockHandle,
  ): Promise<void> {
    const wroteTotalsSources = TOTALS_SOURCE_STEPS.some(
      (step) => (progress.steps[step]?.processed ?? 0) > 0,
    );

    if (lock.isLost() || (!run.deferred && !wroteTotalsSources)) return;
    try {
      await this.refreshTotals(run, async () => undefined);
    } catch (error) {
      this.logger.warn(
        `Could not refresh the totals of the failed sync of ${run.connection.id}: ${getErrorMessage(error)}`,
      );
    }
  }

  // Its history row, unless Disconnect closed it already (a run that began just as Disconnect
  // closed the connection's runs opened its row after): a failure to write it is logged. A
  // connection that needs reconnecting gives the row its reason. One disconnected, or needing
  // reconnecting, keeps the records the run wrote: their totals are done first, as a failed run's
  // are (no run follows until the seller connects again). Returns whether the connection was
  // connected again.
  private async closeSupersededRun(
    connectionId: string,
    runId: string,
    refreshTotals: () => Promise<void>,
  ): Promise<boolean> {
    const current = await this.connectionRepository.findOneBy({ id: connectionId });
    const reconnected = current?.status === 'active';
    const needsReauth = current?.status === 'needs_reauth';

    if (needsReauth || current?.status === 'revoked') await refreshTotals();
    await (
      needsReauth
        ? this.syncLogService.failOpenRun(runId, describeNeedsReauth(current))
        : this.syncLogService.failSupersededRun(runId, { reconnected })
    ).catch((error: unknown) =>
      this.logger.warn(
        `Could not close the history of the stopped run ${runId}: ${getErrorMessage(error)}`,
      ),
    );

    return reconnected;
  }

  private warnSetAside(connectionId: string, whopId: string, error: unknown): void {
    this.logger.warn(`Sync of ${connectionId} set aside ${whopId}: ${getErrorMessage(error)}`);
  }

  // While a Whop call is retried (about 23 s with the default WHOP_API_MAX_RETRIES), the panel says
  // the sync waits on Whop rather than show the step running: written once until Whop answers, in
  // the background (the retry does not wait for the database), and not at all once the attempt is
  // over.
  private showWaitingOnWhop(run: SyncRun, runId: string, failure: WhopException): void {
    if (run.ended || run.waitingOnWhop) return;
    run.waitingOnWhop = true;
    this.logger.warn(`Sync of connection ${run.connection.id} waits on Whop: ${failure.message}`);
    run.waitingWrite = this.syncStatusService
      .markAsWaitingOnWhop(run.connection, runId, failure.userFriendlyMessage)
      .catch(this.warnReasonNotRecorded(run.connection.id));
  }

  // The reason a sync waits could not be written (the database out of reach): logged, and the sync
  // goes on as if it had been.
  private warnReasonNotRecorded(connectionId: string) {
    return (writeError: unknown) =>
      this.logger.warn(
        `Could not record why the sync of ${connectionId} waits: ${getErrorMessage(writeError)}`,
      );
  }

  // Returns the WhopSyncDisconnectedError of a connection that no longer shows the run (`runId`,
  // null for one that failed before the connection showed it), having written nothing to it.
  private async handleFailure(
    {
      connection,
      log,
      runId,
    }: { connection: WhopConnection; log: WhopSyncLog; runId: string | null },
    counts: WhopSyncObjectCounts,
    issues: WhopSyncIssues,
    exception: WhopException,
    attempt: JobAttempt,
  ): Promise<WhopSyncDisconnectedError | null> {
    let reason: string;

    this.logger.warn(`Sync of connection ${connection.id} stopped: ${exception.message}`);
    try {
      reason = await this.markConnectionFailed(connection, runId, exception, issues, attempt, {
        log,
        counts,
      });
    } catch (failure) {
      if (failure instanceof WhopSyncDisconnectedError) return failure;
      throw failure;
    }
    await this.syncLogService.finish(log, 'failed', counts, issues, reason);

    return null;
  }

  // Returns the reason the run ended with; throws the exception of a run the queue retries.
  private async markConnectionFailed(
    connection: WhopConnection,
    runId: string | null,
    exception: WhopException,
    issues: WhopSyncIssues,
    attempt: JobAttempt,
    { log, counts }: { log: WhopSyncLog; counts: WhopSyncObjectCounts },
  ): Promise<string> {
    switch (exception.code) {
      case WhopExceptionCode.TEMPORARY_ERROR:
        if (isRetriedByTheQueue(exception, attempt)) {
          // The cursors stay; the job is retried with backoff and resumes from them, even when
          // the reason could not be written (the database still out of reach). The run's history
          // keeps each failed attempt, so a run that waited out an outage says so once it ends.
          issues.addWarning(
            null,
            `Attempt ${attempt.number} stopped: ${exception.userFriendlyMessage}`,
          );
          await this.syncLogService
            .saveProgress(log, counts, issues)
            .catch(this.warnReasonNotRecorded(connection.id));
          await this.syncStatusService
            .markAsThrottled(
              connection,
              exception.userFriendlyMessage,
              isDefined(attempt.retryDelayMs) ? new Date(Date.now() + attempt.retryDelayMs) : null,
              runId,
            )
            .catch((writeError: unknown) => {
              if (writeError instanceof WhopSyncDisconnectedError) throw writeError;
              this.warnReasonNotRecorded(connection.id)(writeError);
            });
          throw exception;
        }
        {
          // No retry follows: the run ends, failed with its reason, rather than wait for good.
          const reason = describeWhopSyncGivenUp(exception.userFriendlyMessage, attempt.number);

          await this.syncStatusService.markAsFailed(connection.id, 'FAILED_UNKNOWN', reason, runId);

          return reason;
        }
      case WhopExceptionCode.AUTH_FAILED:
        await this.syncStatusService.markAsNeedsReauth(
          connection.id,
          exception.userFriendlyMessage,
          { runId },
        );
        break;
      case WhopExceptionCode.INSUFFICIENT_PERMISSIONS:
        await this.syncStatusService.markAsFailed(
          connection.id,
          'FAILED_INSUFFICIENT_PERMISSIONS',
          exception.userFriendlyMessage,
          runId,
        );
        break;
      default:
        await this.syncStatusService.markAsFailed(
          connection.id,
          'FAILED_UNKNOWN',
          exception.userFriendlyMessage,
          runId,
        );
    }

    return exception.userFriendlyMessage;
  }

  // Memberships' payment states, then people's rollups (they count the memberships still held),
  // were deferred page by page. A full or resumed run refreshes them all (what was touched before a
  // restart is not known any more); an incremental one, those it touched.
  private async refreshTotals(run: SyncRun, onBatchWritten: WhopBatchHandler): Promise<void> {
    // Batches are written concurrently; their checkpoints are saved one after the other.
    let checkpoints = Promise.resolve();
    const onBatch: WhopBatchHandler = (count) =>
      (checkpoints = checkpoints.then(() => onBatchWritten(count)));

    if (!run.deferred) {
      await this.paymentApply.refreshAllMembershipPaymentStates(run.context, onBatch);
      await this.rollupService.refreshAllPersonRollups(run.context, onBatch);

      return;
    }
    await this.paymentApply.refreshMembershipPaymentStates(
      run.context,
      [...run.deferred.membershipIds],
      onBatch,
    );
    await this.rollupService.refreshPersonRollupsInBatches(
      run.context,
      [...run.deferred.personIds],
      onBatch,
    );
  }

  // A record whose values PostgreSQL refuses is left out of its page, an error of the run naming
  // it; the rest of the page is written. Each page writes with its own issues, which become the
  // run's as the page is checkpointed.
  private streamStep<T extends { id: string }>(
    run: SyncRun,
    startCursor: string | null,
    onPage: PageHandler,
    fetchPage: (after: string | null) => Promise<WhopListPage<T>>,
    applyPage: (items: T[], context: WhopApplyContext) => Promise<WhopApplyResult>,
  ): Promise<void> {
    return streamWhopRecordPages({
      issues: run.context.issues,
      fetchPage,
      startCursor,
      applyPage: (items, pageIssues) => applyPage(items, { ...run.context, issues: pageIssues }),
      onSetAside: (item, error) => this.warnSetAside(run.connection.id, item.id, error),
      commitPage: (items, result, endCursor) => onPage(items.length, result, endCursor),
      concurrency: PAGE_CONCURRENCY,
      readAhead: PAGES_READ_AHEAD,
    });
  }

  private async loadPlans(run: SyncRun, onPage: PageHandler): Promise<void> {
    run.plansById.clear();
    await streamWhopPages({
      fetchPage: (after) => run.api.listPlans(run.connection.whopCompanyId, after),
      startCursor: null,
      applyPage: async (plans) => {
        for (const plan of plans) run.plansById.set(plan.id, plan);
      },
      commitPage: (plans) => onPage(plans.length, null, null),
    });
  }

  // Each step's total as the last successful full sync counted it, for the steps this run reads
  // entirely.
  private async estimateTotals(
    connection: WhopConnection,
    type: WhopSyncRunType,
  ): Promise<Partial<Record<WhopSyncStep, number>>> {
    const last = await this.syncLogRepository.findOne({
      // A run that set records aside read every one as well.
      where: { connectionId: connection.id, type: 'full', status: In(['success', 'partial']) },
      order: { startedAt: 'DESC' },
    });
    const total = (key: string) => {
      const objectCounts = last?.counts[key];

      return objectCounts
        ? objectCounts.created + objectCounts.updated + objectCounts.unchanged
        : undefined;
    };

    return Object.fromEntries(
      this.steps
        .filter(
          ({ countsKey, readsChangesSince }) =>
            countsKey !== null && !isDefined(readsChangesSince?.(connection, type)),
        )
        .map(({ step, countsKey }) => [step, total(countsKey as string)]),
    );
  }
}
