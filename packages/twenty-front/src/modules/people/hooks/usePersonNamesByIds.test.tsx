import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';

import { createApolloCache } from '@/apollo/utils/createApolloCache';
import { usePersonNamesByIds } from '@/people/hooks/usePersonNamesByIds';
import { buildMockPerson } from '~/testing/mock-data/buildMockPerson';
import { buildPersonNamesByIdsMock } from '~/testing/mock-data/buildPersonNamesByIdsMock';
import { renderWithProviders } from '~/testing/renderWithProviders';

const ADA = buildMockPerson('person-1', 'Ada', 'Lovelace');
const GRACE = buildMockPerson('person-2', 'Grace', 'Hopper');

// Each person's name, or "loading", as a cell would show it; "Load more" adds a second person.
const PersonNames = () => {
  const [personIds, setPersonIds] = useState(['person-1']);
  const { personNames, isNameLoading } = usePersonNamesByIds(personIds);

  return (
    <>
      <ul>
        {personIds.map((personId) => (
          <li key={personId}>
            {isNameLoading(personId) ? `${personId}: loading` : personNames.get(personId)}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => setPersonIds(['person-1', 'person-2'])}>
        Load more
      </button>
    </>
  );
};

// The names of many people at once, as a table loaded further and further asks for them; "Load
// more" brings the people of `morePersonIds` too.
const ManyPersonNames = ({
  personIds,
  morePersonIds = [],
}: {
  personIds: string[];
  morePersonIds?: string[];
}) => {
  const [shownIds, setShownIds] = useState(personIds);
  const { personNames, isNameLoading } = usePersonNamesByIds(shownIds);
  const named = shownIds.filter((personId) => personNames.has(personId)).length;
  const loadingCount = shownIds.filter(isNameLoading).length;

  return (
    <>
      <p>{`${named} named, ${loadingCount} loading`}</p>
      <button type="button" onClick={() => setShownIds([...personIds, ...morePersonIds])}>
        Load more
      </button>
    </>
  );
};

const manyPeople = (count: number) =>
  Array.from({ length: count }, (_, index) =>
    buildMockPerson(`person-${String(index).padStart(3, '0')}`, `First ${index}`, 'Last'),
  );

describe('usePersonNamesByIds', () => {
  it('reads the names of more people than a page holds, page after page', async () => {
    const people = manyPeople(201);
    const firstPage = people.slice(0, 200);

    renderWithProviders(<ManyPersonNames personIds={people.map(({ id }) => id)} />, {
      cache: createApolloCache(),
      mocks: [
        buildPersonNamesByIdsMock(people, { page: firstPage, hasNextPage: true }),
        buildPersonNamesByIdsMock(people, {
          page: people.slice(200),
          after: `cursor-${firstPage[199].id}`,
        }),
      ],
    });

    expect(await screen.findByText('201 named, 0 loading')).toBeTruthy();
  });

  it('keeps every name read while the names of more than a page of people are read again', async () => {
    const people = manyPeople(202);
    const shown = people.slice(0, 201);

    renderWithProviders(
      <ManyPersonNames personIds={shown.map(({ id }) => id)} morePersonIds={['person-201']} />,
      {
        cache: createApolloCache(),
        mocks: [
          buildPersonNamesByIdsMock(shown, { page: shown.slice(0, 200), hasNextPage: true }),
          buildPersonNamesByIdsMock(shown, {
            page: shown.slice(200),
            after: `cursor-${shown[199].id}`,
          }),
          buildPersonNamesByIdsMock(people, { page: people.slice(2, 202), hasNextPage: true }),
          {
            ...buildPersonNamesByIdsMock(people, {
              page: people.slice(0, 2),
              after: `cursor-${people[201].id}`,
            }),
            delay: Infinity,
          },
        ],
      },
    );

    expect(await screen.findByText('201 named, 0 loading')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));

    // The new query's first page names the newcomer; the two it left for later keep their names.
    expect(await screen.findByText('202 named, 0 loading')).toBeTruthy();
  });

  it('keeps the names already read while the names of more people load', async () => {
    renderWithProviders(<PersonNames />, {
      cache: createApolloCache(),
      mocks: [
        buildPersonNamesByIdsMock([ADA]),
        { ...buildPersonNamesByIdsMock([ADA, GRACE]), delay: Infinity },
      ],
    });

    expect(await screen.findByText('Ada Lovelace')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));

    expect(await screen.findByText('person-2: loading')).toBeTruthy();
    expect(screen.getByText('Ada Lovelace')).toBeTruthy();
    expect(screen.queryByText('person-1: loading')).toBeNull();
  });
});
