import Markdown from 'react-markdown';

import styles from './ActivityBody.module.css';

type ActivityBodyProps = {
  id?: string;
  markdown: string;
};

// A task's or a note's body, written in Markdown (the sync's follow-ups list the amount, the failure
// and the Whop ids), rendered as text: raw HTML in it is never rendered.
export const ActivityBody = ({ id, markdown }: ActivityBodyProps) => (
  <div id={id} className={styles.body}>
    <Markdown>{markdown}</Markdown>
  </div>
);
