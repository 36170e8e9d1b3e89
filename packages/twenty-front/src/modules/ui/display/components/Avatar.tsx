import { getAvatarColor } from '@/ui/display/utils/getAvatarColor';

import styles from './Avatar.module.css';

type AvatarProps = {
  placeholder: string;
  placeholderColorSeed: string;
  avatarUrl?: string | null;
  type?: 'rounded' | 'squared';
  size?: 'sm' | 'md' | 'lg';
  inverted?: boolean;
};

export const Avatar = ({
  placeholder,
  placeholderColorSeed,
  avatarUrl,
  type = 'rounded',
  size = 'md',
  inverted = false,
}: AvatarProps) => {
  const className = [
    styles.avatar,
    styles[type],
    styles[size],
    inverted ? styles.inverted : '',
  ].join(' ');

  if (avatarUrl) {
    return <img className={className} src={avatarUrl} alt="" />;
  }

  return (
    <span
      className={className}
      data-color={inverted ? undefined : getAvatarColor(placeholderColorSeed)}
      aria-hidden
    >
      {placeholder.trim().charAt(0).toUpperCase() || '?'}
    </span>
  );
};
