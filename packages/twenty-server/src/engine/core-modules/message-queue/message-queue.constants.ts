// Queue names carry a Redis Cluster hash tag so all of a queue's keys live in one slot.
export const MessageQueue = {
  cronQueue: '{cron-queue}',
  whopQueue: '{whop-queue}',
} as const;

export type MessageQueueName = (typeof MessageQueue)[keyof typeof MessageQueue];

export const PROCESSOR_METADATA = 'message-queue:processor';
export const PROCESS_METADATA = 'message-queue:process';

export const getQueueToken = (queueName: MessageQueueName) => `MESSAGE_QUEUE_${queueName}`;
