import { buildSchema, parse, validate } from 'graphql';

import { createMaxRootFieldsRule } from 'src/engine/core-modules/graphql/utils/create-max-root-fields-rule.util';

const schema = buildSchema(`type Query { people(first: Int): [String] }`);

const errorsOf = (query: string) =>
  validate(schema, parse(query), [createMaxRootFieldsRule(3)]).map(({ message }) => message);

const aliases = (count: number) =>
  Array.from({ length: count }, (_, index) => `a${index}: people(first: 200)`).join(' ');

describe('createMaxRootFieldsRule', () => {
  it('accepts a request with up to the limit of top-level fields', () => {
    expect(errorsOf(`{ ${aliases(3)} }`)).toEqual([]);
  });

  it('refuses more top-level fields than the limit, aliases counted one by one', () => {
    expect(errorsOf(`{ ${aliases(4)} }`)).toEqual([
      'This request asks for 4 top-level fields; at most 3 are allowed in one request.',
    ]);
  });

  it('counts the fields brought in by fragments, each fragment once', () => {
    expect(
      errorsOf(`
        query { ...Two ...Two ... on Query { a2: people } }
        fragment Two on Query { a0: people a1: people }
      `),
    ).toEqual([]);
    expect(
      errorsOf(`
        query { ...Two ... on Query { a2: people a3: people } }
        fragment Two on Query { a0: people a1: people }
      `),
    ).toEqual(['This request asks for 4 top-level fields; at most 3 are allowed in one request.']);
  });
});
