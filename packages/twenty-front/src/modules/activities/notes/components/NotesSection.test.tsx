import type { MockedResponse } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { NotesSection } from '@/activities/notes/components/NotesSection';
import { FIND_MANY_NOTES } from '@/activities/notes/graphql/queries/findManyNotes';
import type { ActivityTargetFilter } from '@/activities/types/ActivityTargetFilter';
import { createApolloCache } from '@/apollo/utils/createApolloCache';
import { buildMockNote } from '~/testing/mock-data/buildMockNote';
import { buildMockRecordConnection } from '~/testing/mock-data/buildMockRecordConnection';
import { buildRecordNotesMocks } from '~/testing/mock-data/buildRecordNotesMocks';
import { renderWithProviders } from '~/testing/renderWithProviders';

const OPPORTUNITY_FILTER: ActivityTargetFilter = {
  opportunityId: { eq: 'opportunity-1' },
};

const CANCELED_NOTE = buildMockNote('note-2', {
  title: 'Membership canceled: Pro — Ada Lovelace',
  bodyMarkdown: '- **Status:** canceled\n- **Reason:** Too expensive',
  createdAt: '2025-04-20T12:00:00.000Z',
});
const PAYMENT_FAILED_NOTE = buildMockNote('note-1', {
  createdAt: '2025-03-14T12:00:00.000Z',
});

const renderSection = (mocks: MockedResponse[]) =>
  renderWithProviders(<NotesSection targetFilter={OPPORTUNITY_FILTER} />, {
    mocks,
    cache: createApolloCache(),
  });

describe('NotesSection', () => {
  it("lists the record's notes newest first, with their body and their date", async () => {
    renderSection(buildRecordNotesMocks(OPPORTUNITY_FILTER, [CANCELED_NOTE, PAYMENT_FAILED_NOTE]));

    const list = await screen.findByRole('list', { name: 'Notes', busy: false });
    const [canceledItem, failedItem] = [...list.querySelectorAll<HTMLElement>(':scope > li')];
    expect(within(canceledItem).getByRole('heading').textContent).toBe(
      'Membership canceled: Pro — Ada Lovelace',
    );
    expect([...canceledItem.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      'Status: canceled',
      'Reason: Too expensive',
    ]);
    expect(canceledItem.querySelector('time')?.textContent).toMatch(/^Apr 20, 2025/);
    expect(within(failedItem).getByRole('heading').textContent).toBe('Payment failed: 49.00 EUR');
    expect(failedItem.textContent).toContain('Failure: Card declined');
    expect(failedItem.querySelector('time')?.getAttribute('dateTime')).toBe(
      '2025-03-14T12:00:00.000Z',
    );
    expect(screen.getByRole('heading', { name: /Notes/, level: 3 }).textContent).toBe('Notes2');
  });

  it('says there are no notes, without asking for notes, when nothing links to the record', async () => {
    const notesQueryResult = vi.fn(() => ({
      data: { notes: buildMockRecordConnection('Note', []) },
    }));
    renderSection([
      ...buildRecordNotesMocks(OPPORTUNITY_FILTER, []),
      {
        request: {
          query: FIND_MANY_NOTES,
          variables: {
            first: 0,
            filter: { id: { in: [] } },
            orderBy: [{ field: 'createdAt', direction: 'DescNullsLast' }],
          },
        },
        result: notesQueryResult as MockedResponse['result'],
      },
    ]);

    expect(await screen.findByText('No notes.')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(notesQueryResult).not.toHaveBeenCalled();
  });

  it('is busy while the notes load', async () => {
    const [targetsMock, notesMock] = buildRecordNotesMocks(OPPORTUNITY_FILTER, [
      PAYMENT_FAILED_NOTE,
    ]);
    renderSection([targetsMock, { ...notesMock, delay: Infinity }]);

    expect(screen.getByRole('list', { name: 'Notes' }).getAttribute('aria-busy')).toBe('true');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.getByRole('list', { name: 'Notes' }).getAttribute('aria-busy')).toBe('true');
    expect(screen.queryByText('No notes.')).toBeNull();
  });
});
