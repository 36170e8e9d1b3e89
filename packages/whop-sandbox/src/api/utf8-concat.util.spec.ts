import { utf8Length, writeUtf8 } from './utf8-concat.util';

describe('utf8Length and writeUtf8', () => {
  it.each([
    [[]],
    [['']],
    [['{"a":', '1', '}']],
    [['João ', 'Иван Петров', ' 李雷 ', 'Nguyễn Văn An']],
    [['emoji 😀', '', '🧑‍💻', ' end']],
    [['x'.repeat(70_000), 'é'.repeat(70_000), '李'.repeat(70_000)]],
  ])('give the bytes of the joined string: %#', (parts) => {
    const expected = Buffer.from(parts.join(''), 'utf8');
    const target = Buffer.alloc(expected.length + 8, 0xff);
    expect(utf8Length(parts)).toBe(expected.length);
    expect(writeUtf8(parts, target)).toBe(expected.length);
    expect(target.subarray(0, expected.length).equals(expected)).toBe(true);
    expect(target.subarray(expected.length).every((byte) => byte === 0xff)).toBe(true);
  });
});
