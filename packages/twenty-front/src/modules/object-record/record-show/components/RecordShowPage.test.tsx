import { IconApple } from '@tabler/icons-react';
import { fireEvent, render, screen } from '@testing-library/react';
import type { ComponentProps } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';

import { RecordShowPage } from '@/object-record/record-show/components/RecordShowPage';

type Fruit = { id: string; name: string; color: string };

const APPLE: Fruit = { id: '1', name: 'Apple', color: 'Red' };

const renderRecordShowPage = (props: Partial<ComponentProps<typeof RecordShowPage<Fruit>>> = {}) =>
  render(
    <MemoryRouter>
      <RecordShowPage
        title="Apple"
        Icon={IconApple}
        objectLabel="fruit"
        parentLink={{ label: 'Fruits', to: '/fruits' }}
        record={APPLE}
        loading={false}
        onRetry={vi.fn()}
        renderSummary={(fruit) => <h2>{fruit.name}</h2>}
        renderSections={(fruit) => <p>{`Its color is ${fruit.color}`}</p>}
        {...props}
      />
    </MemoryRouter>,
  );

describe('RecordShowPage', () => {
  it("titles the page and tab, links to the object's list, and shows the record", () => {
    renderRecordShowPage();

    expect(document.title).toBe('Apple | Twenty');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Fruits / Apple');
    expect(screen.getByRole('link', { name: 'Fruits' }).getAttribute('href')).toBe('/fruits');
    expect(screen.getByRole('heading', { name: 'Apple', level: 2 })).toBeTruthy();
    expect(screen.getByText('Its color is Red')).toBeTruthy();
  });

  it('shows a skeleton while the record loads', () => {
    renderRecordShowPage({ record: null, loading: true });

    expect(screen.getByLabelText('Loading the record').getAttribute('aria-busy')).toBe('true');
    expect(screen.queryByText("This fruit doesn't exist")).toBeNull();
  });

  it('shows the error with a Retry button that calls onRetry', () => {
    const onRetry = vi.fn();
    renderRecordShowPage({
      record: null,
      error: new Error('Server is down'),
      onRetry,
    });

    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain("Couldn't load this fruit");
    expect(alert.textContent).toContain('Server is down');
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it("says the record doesn't exist and links back to the object's list", () => {
    renderRecordShowPage({ record: null });

    expect(screen.getByText("This fruit doesn't exist")).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to Fruits' }).getAttribute('href')).toBe(
      '/fruits',
    );
    expect(screen.queryByText(/Its color is/)).toBeNull();
  });
});
