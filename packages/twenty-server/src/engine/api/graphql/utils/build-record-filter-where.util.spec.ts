import {
  buildRecordFilterWhere,
  MAX_FILTER_TERMS,
} from 'src/engine/api/graphql/utils/build-record-filter-where.util';
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

  it('combines `and` and `or` lists of filters, numbering their parameters in order', () => {
    const { conditions, params } = buildRecordFilterWhere(
      {
        city: { eq: 'Paris' },
        and: [
          {
            or: [{ nameFirstName: { ilike: '%ada%' } }, { emailsPrimaryEmail: { ilike: '%ada%' } }],
          },
          { or: [{ nameLastName: { ilike: '%love%' } }] },
        ],
      },
      fields,
      2,
    );

    expect(conditions).toEqual([
      '"city" = $2',
      '(((("nameFirstName" ILIKE $3) OR ("emailsPrimaryEmail" ILIKE $4))) AND ((("nameLastName" ILIKE $5))))',
    ]);
    expect(params).toEqual(['Paris', '%ada%', '%ada%', '%love%']);
  });

  it('checks the fields inside `or` too, and bounds how deep filters nest', () => {
    expect(() =>
      buildRecordFilterWhere({ or: [{ 'id" OR 1=1 --': { eq: 'x' } }] }, fields),
    ).toThrow(/Unknown filter field/);

    const deep = [1, 2, 3, 4, 5].reduce<Record<string, unknown>>((nested) => ({ or: [nested] }), {
      city: { eq: 'Paris' },
    });

    expect(() => buildRecordFilterWhere(deep as never, fields)).toThrow(/at most 4 levels/);
  });

  it('bounds how many conditions a filter holds, at every level together', () => {
    const terms = (count: number) =>
      Array.from({ length: count }, () => ({ city: { eq: 'Paris' } }));

    expect(buildRecordFilterWhere({ or: terms(MAX_FILTER_TERMS / 2) }, fields).params).toHaveLength(
      MAX_FILTER_TERMS / 2,
    );
    expect(() => buildRecordFilterWhere({ or: terms(MAX_FILTER_TERMS) }, fields)).toThrow(
      `Filters hold at most ${MAX_FILTER_TERMS} conditions and nested filters`,
    );
    expect(() =>
      buildRecordFilterWhere(
        { and: [{ or: terms(MAX_FILTER_TERMS / 2) }, { or: terms(MAX_FILTER_TERMS / 2) }] },
        fields,
      ),
    ).toThrow(`Filters hold at most ${MAX_FILTER_TERMS} conditions and nested filters`);
  });
});
