import { describe, expect, it } from 'vitest';

import type { Task } from '@/activities/tasks/types/Task';
import { sortTasksOpenFirst } from '@/activities/tasks/utils/sortTasksOpenFirst';

const buildTask = (
  id: string,
  status: string,
  dueAt: string | null,
  createdAt = '2025-03-01T10:00:00.000Z',
): Task => ({ id, title: id, bodyMarkdown: null, status, dueAt, createdAt });

describe('sortTasksOpenFirst', () => {
  it('puts open tasks first, soonest due on top, then the done ones newest first', () => {
    const tasks = [
      buildTask('done-old', 'DONE', '2025-03-01T10:00:00.000Z', '2025-02-01T10:00:00.000Z'),
      buildTask('todo-undated', 'TODO', null),
      buildTask('todo-later', 'TODO', '2025-04-01T10:00:00.000Z'),
      buildTask('done-new', 'DONE', null, '2025-03-10T10:00:00.000Z'),
      buildTask('in-progress-sooner', 'IN_PROGRESS', '2025-03-20T10:00:00.000Z'),
    ];

    expect(sortTasksOpenFirst(tasks).map(({ id }) => id)).toEqual([
      'in-progress-sooner',
      'todo-later',
      'todo-undated',
      'done-new',
      'done-old',
    ]);
  });

  it.each([
    ['due at the same time', '2025-03-20T10:00:00.000Z'],
    ['undated', null],
  ])('orders open tasks %s newest first, and leaves its input as it was', (_, dueAt) => {
    const tasks = [
      buildTask('older', 'TODO', dueAt, '2025-03-01T10:00:00.000Z'),
      buildTask('newer', 'TODO', dueAt, '2025-03-02T10:00:00.000Z'),
    ];

    expect(sortTasksOpenFirst(tasks).map(({ id }) => id)).toEqual(['newer', 'older']);
    expect(tasks.map(({ id }) => id)).toEqual(['older', 'newer']);
  });
});
