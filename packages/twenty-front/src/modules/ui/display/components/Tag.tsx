import type { TagColor } from '@/ui/display/types/TagColor';

import styles from './Tag.module.css';

type TagProps = {
  text: string;
  color: TagColor;
};

export const Tag = ({ text, color }: TagProps) => (
  <span className={styles.tag} data-color={color}>
    {text}
  </span>
);
