import { buildRecordFilterWhere } from 'src/engine/api/graphql/utils/build-record-filter-where.util';
import { PERSON_OBJECT } from 'src/engine/workspace-manager/standard-objects/person.workspace-entity';

describe('buildRecordFilterWhere', () => {
  const fields = { ...PERSON_OBJECT.fields, createdAt: { type: 'timestamptz' as const } };

  it('builds parameterised conditions for every operator', () => {
    const createdAfter = new Date('2026-01-01T00:00:00Z');
    const { conditions, params } = buildRecordFilterWhere(
      {
        nameFirstName: { eq: 'Ada', neq: 'Bob' },
        emailsPrimaryEmail: { ilike: '%@apple.dev', is: 'NOT_NULL' },
        city: { in: ['Paris', 'Lyon'] },
        createdAt: { gte: createdAfter },
      },
      fields,
      2,
    );

    expect(conditions).toEqual([
      '"nameFirstName" = $2',
      '"nameFirstName" <> $3',
      '"emailsPrimaryEmail" ILIKE $4',
      '"emailsPrimaryEmail" IS NOT NULL',
      '"city" = ANY($5)',
      '"createdAt" >= $6',
    ]);
    expect(params).toEqual([
      'Ada',
      'Bob',
      '%@apple.dev',
      ['Paris', 'Lyon'],
      '2026-01-01T00:00:00.000Z',
    ]);
  });

  it('never lets a filter name a column the object does not have', () => {
    expect(() => buildRecordFilterWhere({ 'id" OR 1=1 --': { eq: 'x' } }, fields)).toThrow(
      /Unknown filter field/,
    );
  });

  it('ignores empty filters', () => {
    expect(buildRecordFilterWhere({ city: null, jobTitle: {} }, fields)).toEqual({
      conditions: [],
      params: [],
    });
  });
});
