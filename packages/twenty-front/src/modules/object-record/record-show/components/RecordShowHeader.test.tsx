import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { RecordShowHeader } from '@/object-record/record-show/components/RecordShowHeader';

const LONG_USERNAME = 'the_longest_whop_username_anyone_ever_picked_for_their_account_2025';

describe('RecordShowHeader', () => {
  it('gives its lines, cut with an ellipsis when too long, whole on hover', () => {
    render(
      <RecordShowHeader
        avatar={null}
        title={LONG_USERNAME}
        subtitle={`@${LONG_USERNAME} on Whop`}
      />,
    );

    const title = screen.getByRole('heading', { level: 2, name: LONG_USERNAME });
    expect(title.getAttribute('title')).toBe(LONG_USERNAME);
    expect(screen.getByText(`@${LONG_USERNAME} on Whop`).getAttribute('title')).toBe(
      `@${LONG_USERNAME} on Whop`,
    );
  });

  it('gives no hover text to a subtitle that is not text, which has its own', () => {
    render(
      <RecordShowHeader
        avatar={null}
        title="Pro — Ada Lovelace"
        subtitle={<span data-testid="status">Active</span>}
      />,
    );

    expect(screen.getByTestId('status').parentElement?.hasAttribute('title')).toBe(false);
  });
});
