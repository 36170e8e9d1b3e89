import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { DelayedError, type Job, Worker } from 'bullmq';

import { EnvironmentService } from 'src/engine/core-modules/environment/environment.service';
import {
  type MessageQueueName,
  PROCESS_METADATA,
  PROCESSOR_METADATA,
} from 'src/engine/core-modules/message-queue/message-queue.constants';
import { createBullConnectionOptions } from 'src/engine/core-modules/message-queue/utils/create-bull-connection-options.util';
import { WorkerStopSignal } from 'src/engine/core-modules/message-queue/services/worker-stop-signal.service';
import { JobPostponedError } from 'src/engine/core-modules/message-queue/utils/job-postponed.error';

type JobHandler = (data: unknown, job: Job) => Promise<unknown>;

const WORKER_CONCURRENCY = 4;
// A job whose worker died is handed to another one within about 30 seconds.
const JOB_LOCK_DURATION_MS = 20_000;
const STALLED_CHECK_INTERVAL_MS = 10_000;
// How many times a job whose worker died is handed to another before it fails: each restart cut
// short during a long run (a full sync takes minutes) stalls its job once, and BullMQ's default of
// one would fail a run at its second; a job that kills its worker every time still ends.
const MAX_STALLED_COUNT = 10;

// Runs in the queue-worker process only: finds every @Processor class, and for each queue starts a
// BullMQ worker that dispatches a job to the @Process method named like the job.
@Injectable()
export class QueueWorkerService implements OnModuleDestroy {
  private readonly logger = new Logger(QueueWorkerService.name);
  private readonly workers: Worker[] = [];

  constructor(
    private readonly discoveryService: DiscoveryService,
    private readonly metadataScanner: MetadataScanner,
    private readonly reflector: Reflector,
    private readonly environmentService: EnvironmentService,
    private readonly stopSignal: WorkerStopSignal,
  ) {}

  start(): void {
    const handlersByQueue = this.collectHandlers();
    const connection = createBullConnectionOptions(
      this.environmentService.get('REDIS_URL'),
      'worker',
    );

    for (const [queueName, handlers] of handlersByQueue) {
      const worker = new Worker(
        queueName,
        async (job, token) => {
          const handler = handlers.get(job.name);

          if (!handler) {
            throw new Error(`No handler for job ${job.name} on ${queueName}`);
          }
          try {
            return await handler(job.data, job);
          } catch (error) {
            if (!(error instanceof JobPostponedError)) throw error;
            this.logger.log(`Job ${job.name} (${job.id}) postponed: ${error.message}`);
            await job.moveToDelayed(Date.now() + error.delayMs, token);
            throw new DelayedError();
          }
        },
        {
          connection,
          concurrency: WORKER_CONCURRENCY,
          lockDuration: JOB_LOCK_DURATION_MS,
          stalledInterval: STALLED_CHECK_INTERVAL_MS,
          maxStalledCount: MAX_STALLED_COUNT,
          autorun: true,
        },
      );

      worker.on('failed', (job, error) =>
        this.logger.warn(`Job ${job?.name} (${job?.id}) failed: ${error.message}`),
      );
      this.workers.push(worker);
      this.logger.log(`Listening on ${queueName}: ${[...handlers.keys()].join(', ')}`);
    }
  }

  // Graceful shutdown: stop taking jobs and let the running ones end, before the database, Redis
  // and the queues close (they close at application shutdown, after every module's destroy hook).
  // A long job told so (WorkerStopSignal) stops at its next checkpoint and is put back on the queue;
  // a job cut off by a hard kill is picked up again by another worker once its lock expires.
  async onModuleDestroy(): Promise<void> {
    this.stopSignal.stop();
    await Promise.all(this.workers.map((worker) => worker.close()));
    this.logger.log(
      'Worker stopped: running jobs ended or put back on the queue, no new job taken',
    );
  }

  private collectHandlers(): Map<MessageQueueName, Map<string, JobHandler>> {
    const result = new Map<MessageQueueName, Map<string, JobHandler>>();

    for (const wrapper of this.discoveryService.getProviders()) {
      const { instance, metatype } = wrapper;

      if (!instance || !metatype) continue;
      const queueName = this.reflector.get<MessageQueueName | undefined>(
        PROCESSOR_METADATA,
        metatype,
      );

      if (!queueName) continue;
      const handlers = result.get(queueName) ?? new Map<string, JobHandler>();
      const prototype = Object.getPrototypeOf(instance);

      for (const methodName of this.metadataScanner.getAllMethodNames(prototype)) {
        const jobName = this.reflector.get<string | undefined>(
          PROCESS_METADATA,
          prototype[methodName],
        );

        if (jobName) {
          handlers.set(jobName, (data, job) => instance[methodName](data, job));
        }
      }
      result.set(queueName, handlers);
    }

    return result;
  }
}
