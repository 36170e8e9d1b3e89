import type { TimelineActivity } from '@/activities/timeline-activities/types/TimelineActivity';
import { getTimelineActivityDisplay } from '@/activities/timeline-activities/utils/getTimelineActivityDisplay';
import { formatDateTime } from '@/ui/field/display/utils/formatDateTime';

import styles from './TimelineActivityList.module.css';

type TimelineActivityItemProps = {
  activity: TimelineActivity;
};

export const TimelineActivityItem = ({ activity }: TimelineActivityItemProps) => {
  const { Icon, color, sentence, detail, amount } = getTimelineActivityDisplay(activity);

  return (
    <li className={styles.item}>
      <span className={styles.icon} data-color={color} aria-hidden>
        <Icon size={14} stroke={2} />
      </span>
      <div className={styles.content}>
        <p className={styles.sentence}>
          {sentence}
          {amount && <span className={styles.amount}>{amount}</span>}
        </p>
        {detail && <p className={styles.detail}>{detail}</p>}
      </div>
      <time className={styles.time} dateTime={activity.happensAt}>
        {formatDateTime(activity.happensAt)}
      </time>
    </li>
  );
};
