import Markdown from 'react-markdown';

import styles from './ActivityBody.module.css';

type ActivityBodyProps = {
  id?: string;
  markdown: string;
};

// What a body may render: text, emphasis and lists. Links and images are shown as their text (a
// body quotes what Whop's customers typed), raw HTML never.
const ALLOWED_ELEMENTS = ['p', 'ul', 'ol', 'li', 'strong', 'em', 'code'];

// A task's or a note's body, written in Markdown (the sync's follow-ups list the amount, the failure
// and the Whop ids).
export const ActivityBody = ({ id, markdown }: ActivityBodyProps) => (
  <div id={id} className={styles.body}>
    <Markdown allowedElements={ALLOWED_ELEMENTS} unwrapDisallowed>
      {markdown}
    </Markdown>
  </div>
);
