import { escapeWhopMarkdownText } from 'src/modules/whop/services/apply/utils/escape-whop-markdown-text.util';

describe('escapeWhopMarkdownText', () => {
  it('escapes what would make a link, an image, emphasis or HTML', () => {
    expect(escapeWhopMarkdownText('![x](https://t.test/p.png) [Verify](https://evil.test)')).toBe(
      '\\!\\[x\\](https://t.test/p.png) \\[Verify\\](https://evil.test)',
    );
    expect(escapeWhopMarkdownText('**too** _much_ `code` <b>')).toBe(
      '\\*\\*too\\*\\* \\_much\\_ \\`code\\` \\<b\\>',
    );
  });

  it('keeps the text on one line, so it cannot add list items', () => {
    expect(escapeWhopMarkdownText('Too expensive\n- **Whop membership:** mem_fake')).toBe(
      'Too expensive - \\*\\*Whop membership:\\*\\* mem\\_fake',
    );
  });

  it('leaves plain text as it is', () => {
    expect(escapeWhopMarkdownText('The bank declined the charge: do not honor.')).toBe(
      'The bank declined the charge: do not honor.',
    );
  });
});
