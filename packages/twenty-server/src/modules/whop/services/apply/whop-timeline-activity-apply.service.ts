import { Injectable } from '@nestjs/common';

import { type WhopApplyTransaction } from 'src/modules/whop/services/apply/whop-apply.types';
import { isDefined } from 'src/modules/whop/utils/is-defined.util';
import { type WhopTimelineActivityRow } from 'src/modules/whop/utils/build-whop-timeline-activity.util';

// One Whop event, shown on the timelines of its person and its opportunity.
export type WhopTimelineActivityEntry = {
  activity: WhopTimelineActivityRow;
  personId: string | null;
  opportunityId: string | null;
  linkedRecordId: string | null;
};

// Writes the timeline activities of a page in one insert. Each row's `whopEventKey` is the event's
// dedupe key plus its target, so a re-sync or a replayed webhook never adds a second row.
@Injectable()
export class WhopTimelineActivityApplyService {
  async insertActivities(
    { manager }: WhopApplyTransaction,
    entries: WhopTimelineActivityEntry[],
  ): Promise<void> {
    const rows = entries.flatMap(({ activity, personId, opportunityId, linkedRecordId }) => {
      const row = {
        name: activity.name,
        happensAt: activity.happensAt,
        properties: activity.properties,
        linkedRecordId,
        linkedRecordCachedName: activity.linkedRecordCachedName,
      };

      return [
        ...(isDefined(personId)
          ? [{ ...row, targetPersonId: personId, whopEventKey: `${activity.dedupeKey}:person` }]
          : []),
        ...(isDefined(opportunityId)
          ? [
              {
                ...row,
                targetOpportunityId: opportunityId,
                whopEventKey: `${activity.dedupeKey}:opportunity`,
              },
            ]
          : []),
      ];
    });

    if (rows.length === 0) {
      return;
    }

    await manager
      .createQueryBuilder()
      .insert()
      .into('timelineActivity')
      .values(rows)
      .orIgnore()
      .updateEntity(false)
      .execute();
  }
}
