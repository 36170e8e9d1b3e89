import { normalizeWhopEmail } from 'src/modules/whop/utils/normalize-whop-email.util';

describe('normalizeWhopEmail', () => {
  it('lower-cases and trims', () => {
    expect(normalizeWhopEmail('  Ada.Lovelace@Example.COM ')).toBe('ada.lovelace@example.com');
  });

  it('normalises two spellings of the same email identically', () => {
    expect(normalizeWhopEmail('BOB@example.com')).toBe(normalizeWhopEmail(' bob@EXAMPLE.com'));
  });

  it('normalises composed and decomposed unicode identically', () => {
    const composed = 'Jos\u00e9@example.com';
    const decomposed = 'Jose\u0301@example.com';

    expect(normalizeWhopEmail(decomposed)).toBe('jos\u00e9@example.com');
    expect(normalizeWhopEmail(composed)).toBe(normalizeWhopEmail(decomposed));
  });

  it.each([null, undefined, '', '   '])('maps the missing email %p to null', (email) => {
    expect(normalizeWhopEmail(email)).toBeNull();
  });
});
