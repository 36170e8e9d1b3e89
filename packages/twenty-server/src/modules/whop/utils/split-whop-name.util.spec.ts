import { splitWhopName } from 'src/modules/whop/utils/split-whop-name.util';

describe('splitWhopName', () => {
  it('splits first and last name', () => {
    expect(splitWhopName({ name: 'Ada Lovelace' })).toEqual({
      firstName: 'Ada',
      lastName: 'Lovelace',
    });
  });

  it('keeps everything after the first word as the last name', () => {
    expect(splitWhopName({ name: 'Mary Ann  van der Berg' })).toEqual({
      firstName: 'Mary',
      lastName: 'Ann van der Berg',
    });
  });

  it('splits on the first whitespace run, tabs and newlines included, and trims', () => {
    expect(splitWhopName({ name: '  Grace \t\n Hopper  ' })).toEqual({
      firstName: 'Grace',
      lastName: 'Hopper',
    });
  });

  it('splits on unicode whitespace (no-break and ideographic spaces)', () => {
    expect(splitWhopName({ name: 'Jean\u00a0Dupont' })).toEqual({
      firstName: 'Jean',
      lastName: 'Dupont',
    });
    expect(splitWhopName({ name: '山田\u3000太郎' })).toEqual({
      firstName: '山田',
      lastName: '太郎',
    });
  });

  it('keeps accented names intact', () => {
    expect(splitWhopName({ name: 'José Álvarez' })).toEqual({
      firstName: 'José',
      lastName: 'Álvarez',
    });
  });

  it('composes decomposed accents', () => {
    expect(splitWhopName({ name: 'Zoe\u0308 Kravitz' })).toEqual({
      firstName: 'Zo\u00eb',
      lastName: 'Kravitz',
    });
  });

  it('keeps a one-word name as the first name', () => {
    expect(splitWhopName({ name: 'Zoë', username: 'zoe99' })).toEqual({
      firstName: 'Zoë',
      lastName: '',
    });
  });

  it('keeps a name without spaces (李雷) as the first name', () => {
    expect(splitWhopName({ name: '李雷' })).toEqual({ firstName: '李雷', lastName: '' });
  });

  it('keeps astral characters whole', () => {
    expect(splitWhopName({ name: '𝒜da 🚀Rocket' })).toEqual({
      firstName: '𝒜da',
      lastName: '🚀Rocket',
    });
  });

  it.each([null, undefined, '', '   '])(
    'falls back to the username when the name is %p',
    (name) => {
      expect(splitWhopName({ name, username: ' ada_l ' })).toEqual({
        firstName: 'ada_l',
        lastName: '',
      });
    },
  );

  it('returns empty names when there is neither a name nor a username', () => {
    expect(splitWhopName({ name: null, username: null })).toEqual({ firstName: '', lastName: '' });
    expect(splitWhopName({ name: ' ' })).toEqual({ firstName: '', lastName: '' });
  });
});
