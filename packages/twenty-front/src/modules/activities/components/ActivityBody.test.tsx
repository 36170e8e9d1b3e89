import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { ActivityBody } from '@/activities/components/ActivityBody';

describe('ActivityBody', () => {
  it('renders emphasis and lists', () => {
    render(<ActivityBody markdown={'Paid.\n\n- **Amount:** 49.00 EUR\n- **Failure:** declined'} />);

    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Amount: 49.00 EUR',
      'Failure: declined',
    ]);
    expect(screen.getByText('Amount:').tagName).toBe('STRONG');
  });

  it('shows links and images a customer typed as text, and no HTML', () => {
    const { container } = render(
      <ActivityBody
        markdown={
          'Reason: ![x](https://tracker.test/p.png) [Re-verify your account](https://evil.test) <b>bold</b>'
        }
      />,
    );

    expect(container.querySelector('a, img, b')).toBeNull();
    expect(container.textContent).toContain('Re-verify your account');
  });
});
