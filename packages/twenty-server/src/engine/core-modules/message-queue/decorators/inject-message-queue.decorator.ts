import { Inject } from '@nestjs/common';

import {
  getQueueToken,
  type MessageQueueName,
} from 'src/engine/core-modules/message-queue/message-queue.constants';

export const InjectMessageQueue = (queueName: MessageQueueName) => Inject(getQueueToken(queueName));
