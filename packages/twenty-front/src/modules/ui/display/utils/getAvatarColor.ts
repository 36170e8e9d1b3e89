import type { TagColor } from '@/ui/display/types/TagColor';

const AVATAR_COLORS: TagColor[] = ['red', 'purple', 'sky', 'turquoise', 'yellow', 'green', 'blue'];

export const getAvatarColor = (seed: string): TagColor => {
  const hash = [...seed].reduce(
    (accumulator, character) => (accumulator * 31 + character.charCodeAt(0)) >>> 0,
    7,
  );

  return AVATAR_COLORS[hash % AVATAR_COLORS.length];
};
