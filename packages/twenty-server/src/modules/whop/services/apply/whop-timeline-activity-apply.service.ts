import { Injectable } from '@nestjs/common';
import { isDefined } from 'twenty-shared';

import { type WhopApplyTransaction } from 'src/modules/whop/services/apply/whop-apply.types';
import {
  fillStoredWhenNull,
  keepStored,
} from 'src/modules/whop/services/apply/utils/build-whop-record-update-sql.util';
import {
  type WhopKeyedRecordWrite,
  writeWhopRecords,
} from 'src/modules/whop/services/apply/utils/upsert-whop-records.util';
import { type WhopRecordWrite } from 'src/modules/whop/services/apply/utils/whop-record-write.type';
import { type WhopTimelineActivityRow } from 'src/modules/whop/utils/build-whop-timeline-activity.util';

// One Whop event, shown on the timelines of its person and its opportunity.
export type WhopTimelineActivityEntry = {
  activity: WhopTimelineActivityRow;
  personId: string | null;
  opportunityId: string | null;
  linkedRecordId: string | null;
};

// An event is written once; applying it again only adds a target it did not have yet (a payment
// applied before its membership gets its opportunity when it comes back).
const TIMELINE_ACTIVITY_WRITE: WhopKeyedRecordWrite = {
  objectName: 'timelineActivity',
  keyColumn: 'whopEventKey',
  keyScope: 'all',
  columns: [
    'whopEventKey',
    'name',
    'happensAt',
    'properties',
    'targetPersonId',
    'targetOpportunityId',
    'linkedRecordId',
    'linkedRecordCachedName',
  ],
  assignments: {
    name: keepStored('name'),
    happensAt: keepStored('happensAt'),
    properties: keepStored('properties'),
    linkedRecordId: fillStoredWhenNull('linkedRecordId'),
    linkedRecordCachedName: keepStored('linkedRecordCachedName'),
    targetPersonId: fillStoredWhenNull('targetPersonId'),
    targetOpportunityId: fillStoredWhenNull('targetOpportunityId'),
  },
};

// Writes the timeline activities of a page in one statement: one row per event, targeting both its
// person and its opportunity, so it shows on both timelines. The row's `whopEventKey` is the event's
// dedupe key, so a re-sync or a replayed webhook never adds a second row.
@Injectable()
export class WhopTimelineActivityApplyService {
  async insertActivities(
    { manager }: WhopApplyTransaction,
    entries: WhopTimelineActivityEntry[],
  ): Promise<void> {
    const rowsByKey = new Map(
      entries
        .filter(({ personId, opportunityId }) => isDefined(personId) || isDefined(opportunityId))
        .map(({ activity, personId, opportunityId, linkedRecordId }) => [
          activity.dedupeKey,
          {
            whopEventKey: activity.dedupeKey,
            name: activity.name,
            happensAt: activity.happensAt,
            properties: activity.properties,
            targetPersonId: personId,
            targetOpportunityId: opportunityId,
            linkedRecordId,
            linkedRecordCachedName: activity.linkedRecordCachedName,
          },
        ]),
    );

    await writeWhopRecords(manager, TIMELINE_ACTIVITY_WRITE, [...rowsByKey.values()]);
  }
}
