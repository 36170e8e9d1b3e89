import type { MockedResponse } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';

import { FIND_MANY_TIMELINE_ACTIVITIES } from '@/activities/timeline-activities/graphql/queries/findManyTimelineActivities';
import { createApolloCache } from '@/apollo/utils/createApolloCache';
import { FIND_MANY_OPPORTUNITIES } from '@/opportunities/graphql/queries/findManyOpportunities';
import { FIND_ONE_PERSON } from '@/people/graphql/queries/findOnePerson';
import { AppPath } from '@/types/AppPath';
import { FIND_MANY_WHOP_PAYMENTS } from '@/whop/graphql/queries/findManyWhopPayments';
import { PersonShowPage } from '~/pages/object-record/PersonShowPage';
import { buildMockOpportunity } from '~/testing/mock-data/buildMockOpportunity';
import { buildMockNote } from '~/testing/mock-data/buildMockNote';
import { buildMockPerson } from '~/testing/mock-data/buildMockPerson';
import { buildMockRecordConnection } from '~/testing/mock-data/buildMockRecordConnection';
import { buildMockTask } from '~/testing/mock-data/buildMockTask';
import { buildMockWhopPayment } from '~/testing/mock-data/buildMockWhopPayment';
import { buildRecordNotesMocks } from '~/testing/mock-data/buildRecordNotesMocks';
import { buildRecordTasksMocks } from '~/testing/mock-data/buildRecordTasksMocks';
import { buildWhopProductNamesMock } from '~/testing/mock-data/buildWhopProductNamesMock';
import { renderWithProviders } from '~/testing/renderWithProviders';

const buildTimelineActivity = (
  id: string,
  name: string,
  happensAt: string,
  properties: Record<string, unknown>,
) => ({
  __typename: 'TimelineActivity',
  id,
  name,
  happensAt,
  properties,
  linkedRecordId: 'opportunity-1',
  linkedRecordCachedName: 'Pro — Ada Lovelace',
});

const MOCKS: MockedResponse[] = [
  {
    request: { query: FIND_ONE_PERSON, variables: { id: 'person-1' } },
    result: {
      data: {
        person: buildMockPerson('person-1', 'Ada', 'Lovelace', {
          whopUserId: 'user_ada',
          whopUsername: 'ada',
          whopLifetimeValue: {
            __typename: 'Currency',
            amountMicros: '98000000',
            currencyCode: 'EUR',
          },
          whopLifetimeValues: [
            { __typename: 'Currency', amountMicros: '98000000', currencyCode: 'EUR' },
          ],
          whopActiveMemberships: 1,
        }),
      },
    },
  },
  {
    request: {
      query: FIND_MANY_TIMELINE_ACTIVITIES,
      variables: {
        first: 30,
        filter: { targetPersonId: { eq: 'person-1' } },
        orderBy: [{ field: 'happensAt', direction: 'DescNullsLast' }],
      },
    },
    result: {
      data: {
        timelineActivities: buildMockRecordConnection('TimelineActivity', [
          buildTimelineActivity('a-3', 'whop.payment.failed', '2025-04-14T10:00:00.000Z', {
            amountMicros: '49000000',
            currencyCode: 'EUR',
            failureMessage: 'Card declined',
          }),
          buildTimelineActivity('a-2', 'whop.payment.succeeded', '2025-03-14T10:00:00.000Z', {
            amountMicros: '49000000',
            currencyCode: 'EUR',
          }),
          buildTimelineActivity('a-1', 'whop.membership.activated', '2025-03-14T09:59:00.000Z', {}),
        ]),
      },
    },
  },
  {
    request: {
      query: FIND_MANY_OPPORTUNITIES,
      variables: {
        first: 10,
        filter: { pointOfContactId: { eq: 'person-1' } },
        orderBy: [{ field: 'createdAt', direction: 'DescNullsLast' }],
      },
    },
    result: {
      data: {
        opportunities: buildMockRecordConnection('Opportunity', [
          buildMockOpportunity('opportunity-1', 'Pro — Ada Lovelace', {
            whopMembershipStatus: 'payment_failed',
          }),
        ]),
      },
    },
  },
  {
    request: {
      query: FIND_MANY_WHOP_PAYMENTS,
      variables: {
        first: 10,
        filter: { personId: { eq: 'person-1' } },
        orderBy: [{ field: 'whopCreatedAt', direction: 'DescNullsLast' }],
      },
    },
    result: {
      data: {
        whopPayments: buildMockRecordConnection('WhopPayment', [
          buildMockWhopPayment('payment-1', {
            whopId: 'pay_1',
            personId: 'person-1',
            opportunityId: 'opportunity-1',
          }),
        ]),
      },
    },
  },
  buildWhopProductNamesMock(),
  ...buildRecordTasksMocks({ personId: { eq: 'person-1' } }, [buildMockTask('task-1')]),
  ...buildRecordNotesMocks({ personId: { eq: 'person-1' } }, [buildMockNote('note-1')]),
];

describe('PersonShowPage', () => {
  it("shows the person's Whop fields, open follow-up task, timeline newest first, opportunities, payments and notes", async () => {
    renderWithProviders(
      <Routes>
        <Route path={AppPath.PersonShowPage} element={<PersonShowPage />} />
      </Routes>,
      {
        initialPath: '/object/person/person-1',
        mocks: MOCKS,
        cache: createApolloCache(),
      },
    );

    expect(await screen.findByRole('heading', { name: 'Ada Lovelace', level: 2 })).toBeTruthy();
    expect(screen.getByText('@ada on Whop')).toBeTruthy();
    expect(screen.getByText('€98')).toBeTruthy();

    const tasks = await screen.findByRole('list', { name: 'Tasks', busy: false });
    expect(
      within(tasks).getByRole('button', {
        name: 'Follow up: failed payment for Pro — Ada Lovelace',
      }),
    ).toBeTruthy();
    expect(within(tasks).getByText('To do')).toBeTruthy();

    const timeline = await screen.findByRole('list', { name: 'Timeline' });
    expect(
      within(timeline)
        .getAllByRole('listitem')
        .map((item) => item.querySelector('p')?.textContent),
    ).toEqual([
      'Payment failed for Pro — Ada Lovelace€49',
      'Payment received for Pro — Ada Lovelace€49',
      'Membership started: Pro — Ada Lovelace',
    ]);
    expect(within(timeline).getByText('Card declined')).toBeTruthy();

    const opportunities = await screen.findByRole('table', {
      name: 'Opportunities',
    });
    expect(within(opportunities).getByText('Payment failed')).toBeTruthy();
    const payments = await screen.findByRole('table', { name: 'Payments' });
    expect(within(payments).getByText('Paid')).toBeTruthy();
    expect(within(payments).getByText('subscription create')).toBeTruthy();
    const notes = await screen.findByRole('list', { name: 'Notes', busy: false });
    expect(within(notes).getByRole('heading', { name: 'Payment failed: 49.00 EUR' })).toBeTruthy();
  });
});
