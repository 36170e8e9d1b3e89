import styles from './FieldDisplay.module.css';

type TextDisplayProps = {
  text: string | null;
};

export const TextDisplay = ({ text }: TextDisplayProps) => (
  <span className={styles.text} title={text ?? undefined}>
    {text}
  </span>
);
