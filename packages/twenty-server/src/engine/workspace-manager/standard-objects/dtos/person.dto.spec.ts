import {
  type PersonRow,
  toPersonDTO,
} from 'src/engine/workspace-manager/standard-objects/dtos/person.dto';

const ROW = {
  id: 'person-1',
  nameFirstName: 'Ada',
  nameLastName: 'Lovelace',
  whopLifetimeValueAmountMicros: '0',
  whopLifetimeValueCurrencyCode: 'USD',
  whopLifetimeValues: { EUR: '500000000', AUD: '20000000', USD: '0' },
} as unknown as PersonRow;

describe('toPersonDTO', () => {
  it('gives every currency of the lifetime value, the one shown first, then by currency', () => {
    expect(toPersonDTO(ROW).whopLifetimeValues).toEqual([
      { amountMicros: '0', currencyCode: 'USD' },
      { amountMicros: '20000000', currencyCode: 'AUD' },
      { amountMicros: '500000000', currencyCode: 'EUR' },
    ]);
  });

  it('gives none for a person who never paid', () => {
    expect(toPersonDTO({ ...ROW, whopLifetimeValues: null }).whopLifetimeValues).toEqual([]);
  });
});
