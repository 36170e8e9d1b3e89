import { isDefined } from './is-defined';

describe('isDefined', () => {
  it.each([0, '', false, Number.NaN, [], {}])('treats %p as defined', (value) => {
    expect(isDefined(value)).toBe(true);
  });

  it.each([null, undefined])('treats %p as undefined', (value) => {
    expect(isDefined(value)).toBe(false);
  });
});
