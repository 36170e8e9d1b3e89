import { parseWhopOptionalText } from 'src/modules/whop/utils/parse-whop-optional-text.util';

describe('parseWhopOptionalText', () => {
  it('trims text', () => {
    expect(parseWhopOptionalText('  Card declined \n')).toBe('Card declined');
  });

  it('keeps the text "0"', () => {
    expect(parseWhopOptionalText('0')).toBe('0');
  });

  it.each([null, undefined, '', ' \t '])('maps %p to null', (value) => {
    expect(parseWhopOptionalText(value)).toBeNull();
  });
});
