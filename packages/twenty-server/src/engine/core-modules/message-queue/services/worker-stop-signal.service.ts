import { Injectable } from '@nestjs/common';

// Whether this process's queue worker is stopping (SIGTERM, a deploy): a long job reads it at its
// checkpoints to stop there and put itself back on the queue, rather than run on past the grace an
// orchestrator gives before it kills the process. Never set outside the worker process.
@Injectable()
export class WorkerStopSignal {
  private stopping = false;

  stop(): void {
    this.stopping = true;
  }

  isStopping(): boolean {
    return this.stopping;
  }
}
