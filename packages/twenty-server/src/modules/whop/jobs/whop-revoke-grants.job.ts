import { Process } from 'src/engine/core-modules/message-queue/decorators/process.decorator';
import { Processor } from 'src/engine/core-modules/message-queue/decorators/processor.decorator';
import { MessageQueue } from 'src/engine/core-modules/message-queue/message-queue.constants';
import {
  WHOP_REVOKE_GRANTS_JOB_NAME,
  WhopGrantRevocationService,
  type WhopRevokeGrantsJobData,
} from 'src/modules/whop/services/whop-grant-revocation.service';

// Revokes on Whop the grants a connection gave up that Whop did not confirm revoked at the time;
// failing, it is tried again with backoff.
@Processor(MessageQueue.whopQueue)
export class WhopRevokeGrantsJob {
  constructor(private readonly grantRevocationService: WhopGrantRevocationService) {}

  @Process(WHOP_REVOKE_GRANTS_JOB_NAME)
  async handle(data: WhopRevokeGrantsJobData): Promise<void> {
    await this.grantRevocationService.revokePending(data.connectionId);
  }
}
