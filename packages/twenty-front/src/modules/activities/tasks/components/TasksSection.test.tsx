import type { MockedResponse } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { TasksSection } from '@/activities/tasks/components/TasksSection';
import { FIND_MANY_TASK_TARGETS } from '@/activities/tasks/graphql/queries/findManyTaskTargets';
import { UPDATE_TASK } from '@/activities/tasks/graphql/mutations/updateTask';
import { FIND_MANY_TASKS } from '@/activities/tasks/graphql/queries/findManyTasks';
import type { ActivityTargetFilter } from '@/activities/types/ActivityTargetFilter';
import { createApolloCache } from '@/apollo/utils/createApolloCache';
import { buildMockRecordConnection } from '~/testing/mock-data/buildMockRecordConnection';
import { buildMockTask } from '~/testing/mock-data/buildMockTask';
import { buildRecordTasksMocks } from '~/testing/mock-data/buildRecordTasksMocks';
import { renderWithProviders } from '~/testing/renderWithProviders';

const PERSON_FILTER: ActivityTargetFilter = { personId: { eq: 'person-1' } };
const OPPORTUNITY_FILTER: ActivityTargetFilter = {
  opportunityId: { eq: 'opportunity-1' },
};

const OVERDUE_FOLLOW_UP = buildMockTask('task-1', {
  dueAt: '2025-03-20T12:00:00.000Z',
  createdAt: '2025-03-14T10:00:00.000Z',
});
const DONE_FOLLOW_UP = buildMockTask('task-2', {
  title: 'Follow up: failed payment for Starter — Ada Lovelace',
  status: 'DONE',
  dueAt: '2025-01-20T12:00:00.000Z',
  createdAt: '2025-01-14T10:00:00.000Z',
});
const CALL_IN_PROGRESS = buildMockTask('task-3', {
  title: 'Call Ada about the yearly plan',
  bodyMarkdown: null,
  status: 'IN_PROGRESS',
  dueAt: '2099-06-15T12:00:00.000Z',
  createdAt: '2025-02-14T10:00:00.000Z',
});

const renderSection = (mocks: MockedResponse[], targetFilter = PERSON_FILTER) =>
  renderWithProviders(<TasksSection targetFilter={targetFilter} />, {
    mocks,
    cache: createApolloCache(),
  });

// A tasks query for no ids at all: the section must never make it.
const buildEmptyTasksQueryMock = (result: () => unknown): MockedResponse => ({
  request: {
    query: FIND_MANY_TASKS,
    variables: {
      first: 0,
      filter: { id: { in: [] } },
      orderBy: [{ field: 'createdAt', direction: 'DescNullsLast' }],
    },
  },
  result: result as MockedResponse['result'],
});

describe('TasksSection', () => {
  it("lists the record's tasks open first, with their status and due date, overdue marked", async () => {
    renderSection(
      buildRecordTasksMocks(PERSON_FILTER, [DONE_FOLLOW_UP, OVERDUE_FOLLOW_UP, CALL_IN_PROGRESS]),
    );

    const list = await screen.findByRole('list', { name: 'Tasks', busy: false });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('[class*="title"]')?.textContent)).toEqual([
      'Follow up: failed payment for Pro — Ada Lovelace',
      'Call Ada about the yearly plan',
      'Follow up: failed payment for Starter — Ada Lovelace',
    ]);

    const [overdueItem, inProgressItem, doneItem] = items;
    expect(within(overdueItem).getByText('To do')).toBeTruthy();
    expect(overdueItem.textContent).toContain('Overdue · Mar 20, 2025');
    expect(within(inProgressItem).getByText('In progress')).toBeTruthy();
    expect(inProgressItem.textContent).toContain('Due Jun 15, 2099');
    expect(inProgressItem.textContent).not.toContain('Overdue');
    expect(within(doneItem).getByText('Done')).toBeTruthy();
    expect(doneItem.textContent).toContain('Due Jan 20, 2025');
    expect(doneItem.textContent).not.toContain('Overdue');
    expect(list.getAttribute('aria-busy')).not.toBe('true');
  });

  it('opens a task onto its body, its Markdown rendered (bold labels, a list)', async () => {
    renderSection(
      buildRecordTasksMocks(OPPORTUNITY_FILTER, [OVERDUE_FOLLOW_UP]),
      OPPORTUNITY_FILTER,
    );

    const toggle = await screen.findByRole('button', {
      name: 'Follow up: failed payment for Pro — Ada Lovelace',
    });
    expect(screen.queryByText(/Card declined/)).toBeNull();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');

    fireEvent.click(toggle);

    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const body = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(
      within(body as HTMLElement).getByText(
        'The latest payment for Pro — Ada Lovelace failed on Whop.',
      ),
    ).toBeTruthy();
    expect(
      within(body as HTMLElement)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Amount: 49.00 EUR', 'Failure: Card declined', 'Whop payment: pay_1']);
    expect(within(body as HTMLElement).getByText('Failure:').tagName).toBe('STRONG');
  });

  it('says there are no tasks, without asking for tasks, when nothing links to the record', async () => {
    const tasksQueryResult = vi.fn(() => ({
      data: { tasks: buildMockRecordConnection('Task', []) },
    }));
    renderSection([
      ...buildRecordTasksMocks(PERSON_FILTER, []),
      buildEmptyTasksQueryMock(tasksQueryResult),
    ]);

    expect(await screen.findByText('No tasks.')).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Tasks' })).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('heading', { name: /Tasks/ }).textContent).toBe('Tasks0');
    expect(tasksQueryResult).not.toHaveBeenCalled();
  });

  it('is busy while the targets load, then while the tasks load', async () => {
    const [targetsMock, tasksMock] = buildRecordTasksMocks(PERSON_FILTER, [OVERDUE_FOLLOW_UP]);
    const { unmount } = renderSection([{ ...targetsMock, delay: Infinity }, tasksMock]);

    expect(screen.getByRole('list', { name: 'Tasks' }).getAttribute('aria-busy')).toBe('true');
    unmount();

    renderSection([targetsMock, { ...tasksMock, delay: Infinity }]);
    await new Promise((resolve) => setTimeout(resolve, 20));

    expect(screen.getByRole('list', { name: 'Tasks' }).getAttribute('aria-busy')).toBe('true');
    expect(screen.queryByText('No tasks.')).toBeNull();
  });

  it('shows why the tasks could not be read, and reads them again on Retry', async () => {
    const [targetsMock, tasksMock] = buildRecordTasksMocks(PERSON_FILTER, [OVERDUE_FOLLOW_UP]);
    renderSection([
      {
        request: {
          query: FIND_MANY_TASK_TARGETS,
          variables: targetsMock.request.variables,
        },
        error: new Error('Server is down'),
      },
      targetsMock,
      tasksMock,
    ]);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain("Couldn't load tasks");
    expect(alert.textContent).toContain("Can't reach the server");

    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));

    expect(
      await screen.findByRole('button', {
        name: 'Follow up: failed payment for Pro — Ada Lovelace',
      }),
    ).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('checks a task off: it shows as done at once, stays done, and keeps its place', async () => {
    const updateTaskResult = vi.fn(() => ({
      data: {
        updateTask: {
          __typename: 'Task',
          id: 'task-1',
          status: 'DONE',
          dueAt: OVERDUE_FOLLOW_UP.dueAt,
        },
      },
    }));
    renderSection([
      ...buildRecordTasksMocks(PERSON_FILTER, [OVERDUE_FOLLOW_UP, CALL_IN_PROGRESS]),
      {
        request: { query: UPDATE_TASK, variables: { id: 'task-1', data: { status: 'DONE' } } },
        result: updateTaskResult,
      },
    ]);

    const checkbox = (await screen.findByRole('checkbox', {
      name: 'Done: Follow up: failed payment for Pro — Ada Lovelace',
    })) as HTMLInputElement;
    const list = screen.getByRole('list', { name: 'Tasks' });
    const titles = () =>
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.querySelector('[class*="title"]')?.textContent);
    const item = checkbox.closest('li') as HTMLElement;
    expect(checkbox.checked).toBe(false);

    fireEvent.click(checkbox);

    expect(within(item).getByText('Done')).toBeTruthy();
    expect(item.textContent).not.toContain('Overdue');
    await waitFor(() => expect(updateTaskResult).toHaveBeenCalled());
    expect(checkbox.checked).toBe(true);
    expect(within(item).queryByRole('alert')).toBeNull();
    // Done tasks go last, but not under the seller's pointer: it stays first until the list changes.
    expect(titles()).toEqual([
      'Follow up: failed payment for Pro — Ada Lovelace',
      'Call Ada about the yearly plan',
    ]);
  });

  it('takes the change back and says why when the server refuses it', async () => {
    renderSection([
      ...buildRecordTasksMocks(PERSON_FILTER, [OVERDUE_FOLLOW_UP]),
      {
        request: { query: UPDATE_TASK, variables: { id: 'task-1', data: { status: 'DONE' } } },
        error: new Error('Server is down'),
      },
    ]);

    const checkbox = await screen.findByRole('checkbox', {
      name: 'Done: Follow up: failed payment for Pro — Ada Lovelace',
    });
    fireEvent.click(checkbox);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      "Couldn't update the task. Can't reach the server. Check your connection and try again.",
    );
    expect((checkbox as HTMLInputElement).checked).toBe(false);
    expect(within(checkbox.closest('li') as HTMLElement).getByText('To do')).toBeTruthy();
  });
});
