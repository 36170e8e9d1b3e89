import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { PersonShowSummary } from '@/people/components/PersonShowSummary';
import type { Person } from '@/people/types/Person';
import { buildMockPerson } from '~/testing/mock-data/buildMockPerson';
import { renderWithProviders } from '~/testing/renderWithProviders';

const renderSummary = (overrides: Partial<Person>) =>
  renderWithProviders(
    <PersonShowSummary
      person={buildMockPerson('person-1', 'Ada', 'Lovelace', overrides) as Person}
    />,
  );

describe('PersonShowSummary', () => {
  it('shows a Whop member whose username did not come through as a Whop member', () => {
    renderSummary({ whopUserId: 'user_ada', whopUsername: null });

    expect(screen.getByText('Whop member')).toBeTruthy();
    expect(screen.queryByText('Not from Whop')).toBeNull();
  });

  it('shows a person without a Whop user as not from Whop', () => {
    renderSummary({ whopUserId: null, whopUsername: null });

    expect(screen.getByText('Not from Whop')).toBeTruthy();
  });

  it('shows the lifetime value in every currency the customer paid in, never one for all', () => {
    renderSummary({
      whopUserId: 'user_ada',
      whopLifetimeValue: { amountMicros: '0', currencyCode: 'USD' },
      whopLifetimeValues: [
        { amountMicros: '0', currencyCode: 'USD' },
        { amountMicros: '500000000', currencyCode: 'EUR' },
      ],
    });

    expect(screen.getByText('$0 · €500')).toBeTruthy();
  });
});
