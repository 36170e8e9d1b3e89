import { SetMetadata } from '@nestjs/common';

import { PROCESS_METADATA } from 'src/engine/core-modules/message-queue/message-queue.constants';

export const Process = (jobName: string) => SetMetadata(PROCESS_METADATA, jobName);
