import { within } from '@testing-library/react';

// The aria-busy of the placeholder a customer's name shows in `container` while it loads.
export const getPersonNameBusyState = (container: HTMLElement): string | null | undefined =>
  within(container)
    .getByText("Loading the person's name")
    .closest('[aria-busy]')
    ?.getAttribute('aria-busy');
