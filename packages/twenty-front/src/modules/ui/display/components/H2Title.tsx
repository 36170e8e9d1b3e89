import styles from './H2Title.module.css';

type H2TitleProps = {
  title: string;
  description?: string;
};

export const H2Title = ({ title, description }: H2TitleProps) => (
  <div className={styles.container}>
    <h2 className={styles.title}>{title}</h2>
    {description && <p className={styles.description}>{description}</p>}
  </div>
);
