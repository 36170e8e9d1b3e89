import { type EntityManager } from 'typeorm';

import { buildWhopRowsSource } from 'src/modules/whop/services/apply/utils/build-whop-rows-source.util';

const COLUMN_TYPES: Record<string, string> = {
  id: 'uuid',
  name: 'text',
  paidAt: 'timestamptz',
  properties: 'jsonb',
  count: 'integer',
};

const manager = {
  connection: {
    getMetadata: () => ({
      findColumnWithPropertyName: (column: string) =>
        column in COLUMN_TYPES ? { type: COLUMN_TYPES[column] } : undefined,
    }),
  },
} as unknown as EntityManager;

describe('buildWhopRowsSource', () => {
  it('reads one typed array per column, numbered from $1, under the given alias', () => {
    const { sql } = buildWhopRowsSource(
      manager,
      'whopPayment',
      ['id', 'name', 'paidAt', 'properties', 'count'],
      [],
      '"incoming"',
    );

    expect(sql).toBe(
      'unnest($1::uuid[], $2::text[], $3::timestamptz[], $4::jsonb[], $5::integer[]) AS "incoming"("id", "name", "paidAt", "properties", "count")',
    );
  });

  it('passes each column as an array: missing values as null, dates as ISO 8601, jsonb as its text', () => {
    const { parameters } = buildWhopRowsSource(
      manager,
      'whopPayment',
      ['name', 'paidAt', 'properties', 'count'],
      [
        {
          name: 'Ada',
          paidAt: new Date('2026-01-15T09:29:00.123Z'),
          properties: [{ amountMicros: '19990000' }],
          count: 0,
        },
        { name: null, properties: { note: 'say "hi"' } },
      ],
      '"incoming"',
    );

    expect(parameters).toEqual([
      ['Ada', null],
      ['2026-01-15T09:29:00.123Z', null],
      ['[{"amountMicros":"19990000"}]', '{"note":"say \\"hi\\""}'],
      [0, null],
    ]);
  });

  it('stores an invalid date and a number that is not finite as null, as JSON would', () => {
    const { parameters } = buildWhopRowsSource(
      manager,
      'whopPayment',
      ['paidAt', 'count'],
      [{ paidAt: new Date('not a date'), count: Number.NaN }, { count: Infinity }],
      '"incoming"',
    );

    expect(parameters).toEqual([
      [null, null],
      [null, null],
    ]);
  });

  it('refuses a list in a column that is not jsonb', () => {
    expect(() =>
      buildWhopRowsSource(manager, 'whopPayment', ['name'], [{ name: ['a', 'b'] }], '"incoming"'),
    ).toThrow('name is a text column: it cannot hold a list');
  });

  it('gives each row a new time-ordered id, first, when asked to', () => {
    const paidAt = new Date('2026-01-15T09:29:00.123Z');
    const { sql, columns, parameters } = buildWhopRowsSource(
      manager,
      'whopPayment',
      ['name', 'paidAt', 'properties', 'count'],
      [
        { name: 'Ada', paidAt, properties: [1], count: 1 },
        { name: 'Grace', paidAt: null, properties: { a: 'b' }, count: 2 },
        { name: 'Alan', paidAt, properties: null, count: 3 },
      ],
      '"incoming"',
      { newIds: true },
    );
    const [ids, ...rest] = parameters;

    expect(sql).toBe(
      'unnest($1::uuid[], $2::text[], $3::timestamptz[], $4::jsonb[], $5::integer[]) AS "incoming"("id", "name", "paidAt", "properties", "count")',
    );
    expect(columns).toBe('"id", "name", "paidAt", "properties", "count"');
    expect(rest).toEqual([
      ['Ada', 'Grace', 'Alan'],
      ['2026-01-15T09:29:00.123Z', null, '2026-01-15T09:29:00.123Z'],
      ['[1]', '{"a":"b"}', null],
      [1, 2, 3],
    ]);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(3);
    expect(
      ids.every((id) =>
        /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(String(id)),
      ),
    ).toBe(true);
    expect([...ids].sort()).toEqual(ids);
  });

  it('refuses to give new ids to rows that have their own', () => {
    expect(() =>
      buildWhopRowsSource(manager, 'whopPayment', ['id', 'name'], [], '"incoming"', {
        newIds: true,
      }),
    ).toThrow('whopPayment rows given their own ids cannot be given new ones');
  });

  it('refuses a column the object does not have', () => {
    expect(() =>
      buildWhopRowsSource(manager, 'whopPayment', ['name', 'nope'], [], '"incoming"'),
    ).toThrow('whopPayment.nope is not a workspace column');
  });
});
