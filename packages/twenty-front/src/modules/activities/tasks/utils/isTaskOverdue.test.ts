import { describe, expect, it } from 'vitest';

import { isTaskOverdue } from '@/activities/tasks/utils/isTaskOverdue';

const NOW = Date.parse('2025-03-14T10:00:00.000Z');

describe('isTaskOverdue', () => {
  it.each([
    ['TODO', '2025-03-13T10:00:00.000Z', true],
    ['IN_PROGRESS', '2025-03-13T10:00:00.000Z', true],
    ['DONE', '2025-03-13T10:00:00.000Z', false],
    ['TODO', '2025-03-15T10:00:00.000Z', false],
    ['TODO', null, false],
  ] as const)('a %s task due %s is overdue: %s', (status, dueAt, expected) => {
    expect(isTaskOverdue({ status, dueAt }, NOW)).toBe(expected);
  });
});
