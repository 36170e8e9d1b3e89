import { applyDecorators, Injectable, SetMetadata } from '@nestjs/common';

import {
  type MessageQueueName,
  PROCESSOR_METADATA,
} from 'src/engine/core-modules/message-queue/message-queue.constants';

export const Processor = (queueName: MessageQueueName) =>
  applyDecorators(Injectable(), SetMetadata(PROCESSOR_METADATA, queueName));
