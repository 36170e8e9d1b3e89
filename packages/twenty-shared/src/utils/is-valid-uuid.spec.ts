import { isValidUuid } from './is-valid-uuid';

describe('isValidUuid', () => {
  it.each([
    '83f3214d-80d1-40af-a410-52ac06c6539d',
    '83F3214D-80D1-40AF-A410-52AC06C6539D',
    '00000000-0000-0000-0000-000000000000',
  ])('accepts %p', (value) => {
    expect(isValidUuid(value)).toBe(true);
  });

  it.each([
    '',
    'nope',
    '83f3214d80d140afa41052ac06c6539d',
    '83f3214d-80d1-40af-a410-52ac06c6539',
    ' 83f3214d-80d1-40af-a410-52ac06c6539d',
    '83f3214d-80d1-40af-a410-52ac06c6539g',
  ])('refuses %p', (value) => {
    expect(isValidUuid(value)).toBe(false);
  });
});
