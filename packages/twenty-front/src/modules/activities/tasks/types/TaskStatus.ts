export type { TaskStatus } from 'twenty-shared';
