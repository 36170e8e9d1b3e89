import { Injectable } from '@nestjs/common';
import { isDefined } from 'twenty-shared';

import { WhopApplyTransactionService } from 'src/modules/whop/services/apply/whop-apply-transaction.service';
import { WhopRollupService } from 'src/modules/whop/services/apply/whop-rollup.service';
import {
  type WhopApplyContext,
  type WhopApplyResult,
  type WhopApplyTransaction,
} from 'src/modules/whop/services/apply/whop-apply.types';
import {
  fillStoredWhenNull,
  keepStored,
  keepStoredWhenIncomingIsNull,
  STORED_ALIAS,
} from 'src/modules/whop/services/apply/utils/build-whop-record-update-sql.util';
import { countWhopUpsertOutcomes } from 'src/modules/whop/services/apply/utils/count-whop-upsert-outcomes.util';
import { moveWhopChildrenFromTrashed } from 'src/modules/whop/services/apply/utils/move-whop-children-from-trashed.util';
import { keepLatestWhopResourceVersions } from 'src/modules/whop/services/apply/utils/keep-latest-whop-resource-versions.util';
import { findWhopRecordsByKey } from 'src/modules/whop/services/apply/utils/find-whop-records-by-key.util';
import { mergeWhopPersonColumns } from 'src/modules/whop/services/apply/utils/merge-whop-person-columns.util';
import { updateWhopRecordsById } from 'src/modules/whop/services/apply/utils/update-whop-records-by-id.util';
import { upsertWhopRecords } from 'src/modules/whop/services/apply/utils/upsert-whop-records.util';
import { type WhopRecordWrite } from 'src/modules/whop/services/apply/utils/whop-record-write.type';
import { type WhopMember } from 'src/modules/whop/types/whop-api.types';
import { type WhopPersonColumns } from 'src/modules/whop/types/whop-record-columns.types';
import { transformWhopMemberToPerson } from 'src/modules/whop/utils/transform-whop-member-to-person.util';
import {
  transformWhopUserToPerson,
  type WhopPersonMemberSource,
  type WhopPersonUserSource,
} from 'src/modules/whop/utils/transform-whop-user-to-person.util';

// A Whop user as a membership or a payment embeds it, with the member it points at when known.
export type WhopPersonSource = {
  user: WhopPersonUserSource;
  member?: WhopPersonMemberSource | null;
};

type IdentifiedPersonColumns = WhopPersonColumns & { whopUserId: string };

type PersonWriteOutcome = {
  result: WhopApplyResult;
  personIdsByWhopUserId: Map<string, string>;
};

// Whop's name (else its username) while the person's name is empty, still the one Whop gave last,
// or the username standing in for it; a name the seller set (or had before the person was linked to
// Whop) is theirs, and a summary without a name never puts the username over a real one.
const followWhopName =
  (column: 'nameFirstName' | 'nameLastName') =>
  (incoming: string): string =>
    `CASE WHEN (${STORED_ALIAS}."nameFirstName" = '' AND ${STORED_ALIAS}."nameLastName" = '')
        OR (${incoming}."whopNameFirstName" IS NOT NULL
          AND ${STORED_ALIAS}."nameFirstName" = ${STORED_ALIAS}."whopNameFirstName"
          AND ${STORED_ALIAS}."nameLastName" = ${STORED_ALIAS}."whopNameLastName")
        OR (${incoming}."nameFirstName" <> ''
          AND ${STORED_ALIAS}."whopNameFirstName" IS NULL
          AND ${STORED_ALIAS}."nameFirstName" = ${STORED_ALIAS}."whopUsername"
          AND ${STORED_ALIAS}."nameLastName" = '')
      THEN ${incoming}."${column}" ELSE ${STORED_ALIAS}."${column}" END`;

// Whop's email or phone, when new, over the one Whop gave last (`whopColumn`), or over none unless
// the seller cleared Whop's; one the seller set stays theirs, and the same one in another case is
// left as it is. Compared regardless of case, as emails are.
const followWhopContact =
  (
    column: 'emailsPrimaryEmail' | 'phonesPrimaryPhoneNumber',
    whopColumn: 'whopEmail' | 'whopPhone',
  ) =>
  (incoming: string): string => {
    const value = `lower(${incoming}."${column}")`;
    const stored = `${STORED_ALIAS}."${column}"`;
    const whopValue = `lower(${STORED_ALIAS}."${whopColumn}")`;

    return `CASE WHEN ${value} IS NOT NULL AND ${value} IS DISTINCT FROM lower(${stored})
        AND (lower(${stored}) = ${whopValue}
          OR (COALESCE(${stored}, '') = '' AND ${value} IS DISTINCT FROM ${whopValue}))
      THEN ${incoming}."${column}" ELSE ${stored} END`;
  };

// A customer of several of the seller's Whop companies is one user and a member of each. The
// person's member is the first one linked (`whopMemberId`); a row from another company's member
// gives only what the person lacks, so two companies' syncs never take a person's phone and dates
// back and forth. A row that names no member (or a person without one yet) counts as theirs.
const isFromPersonsMember = (incoming: string): string =>
  `(${STORED_ALIAS}."whopMemberId" IS NULL OR ${incoming}."whopMemberId" IS NULL
    OR ${STORED_ALIAS}."whopMemberId" = ${incoming}."whopMemberId")`;

// A member's own detail: the person's member's, as Whop gives it (a null never erases it); another
// member's as `otherMember` assigns it.
const followPersonsMember =
  (column: string, otherMember: (incoming: string) => string) =>
  (incoming: string): string =>
    `CASE WHEN ${isFromPersonsMember(incoming)}
      THEN ${keepStoredWhenIncomingIsNull(column)(incoming)}
      ELSE ${otherMember(incoming)} END`;

// An older version of the person's member than the one their details were taken from changes
// nothing (Whop's lists and webhooks may give one after a newer one); an unknown version on either
// side does not block.
const isNotOlderVersionOfPersonsMember = (incoming: string): string =>
  `NOT (${isFromPersonsMember(incoming)}
    AND COALESCE(${incoming}."whopUpdatedAt" < ${STORED_ALIAS}."whopUpdatedAt", false))`;

// The phone follows the person's member's (followWhopContact); another member's phone is taken
// only by a person with none, whom Whop never gave one (so not one the seller cleared).
const followPersonsMemberPhone = (incoming: string): string =>
  `CASE WHEN ${isFromPersonsMember(incoming)}
      THEN ${followWhopContact('phonesPrimaryPhoneNumber', 'whopPhone')(incoming)}
    WHEN COALESCE(${STORED_ALIAS}."phonesPrimaryPhoneNumber", '') = ''
      AND ${STORED_ALIAS}."whopPhone" IS NULL
      THEN ${incoming}."phonesPrimaryPhoneNumber"
    ELSE ${STORED_ALIAS}."phonesPrimaryPhoneNumber" END`;

// A person's name, email and phone follow Whop's until the seller changes them, and a null from
// Whop (an email without `member:email:read`, a member who gave no phone) never erases what the
// person already has.
const PERSON_WRITE: WhopRecordWrite = {
  objectName: 'person',
  columns: [
    'nameFirstName',
    'nameLastName',
    'whopNameFirstName',
    'whopNameLastName',
    'emailsPrimaryEmail',
    'phonesPrimaryPhoneNumber',
    'whopEmail',
    'whopPhone',
    'whopUserId',
    'whopMemberId',
    'whopUsername',
    'whopProfilePicUrl',
    'whopCreatedAt',
    'whopUpdatedAt',
    'whopSyncedAt',
  ],
  assignments: {
    nameFirstName: followWhopName('nameFirstName'),
    nameLastName: followWhopName('nameLastName'),
    whopNameFirstName: keepStoredWhenIncomingIsNull('whopNameFirstName'),
    whopNameLastName: keepStoredWhenIncomingIsNull('whopNameLastName'),
    emailsPrimaryEmail: followWhopContact('emailsPrimaryEmail', 'whopEmail'),
    phonesPrimaryPhoneNumber: followPersonsMemberPhone,
    whopEmail: keepStoredWhenIncomingIsNull('whopEmail'),
    // Another member's phone and date only where the person has none.
    whopPhone: followPersonsMember('whopPhone', fillStoredWhenNull('whopPhone')),
    whopMemberId: fillStoredWhenNull('whopMemberId'),
    whopUsername: keepStoredWhenIncomingIsNull('whopUsername'),
    whopProfilePicUrl: keepStoredWhenIncomingIsNull('whopProfilePicUrl'),
    whopCreatedAt: followPersonsMember('whopCreatedAt', fillStoredWhenNull('whopCreatedAt')),
    // The version of the person's member their details were last taken from: another member's
    // says nothing of it.
    whopUpdatedAt: followPersonsMember('whopUpdatedAt', keepStored('whopUpdatedAt')),
  },
  untrackedColumns: ['whopSyncedAt'],
  updateCondition: isNotOlderVersionOfPersonsMember,
};

const hasWhopUserId = (columns: WhopPersonColumns): columns is IdentifiedPersonColumns =>
  isDefined(columns.whopUserId);

const mergeByWhopUserId = (rows: IdentifiedPersonColumns[]): IdentifiedPersonColumns[] => {
  const merged = new Map<string, IdentifiedPersonColumns>();

  for (const row of rows) {
    const earlier = merged.get(row.whopUserId);

    merged.set(
      row.whopUserId,
      isDefined(earlier)
        ? { ...mergeWhopPersonColumns(earlier, row), whopUserId: row.whopUserId }
        : row,
    );
  }

  return [...merged.values()];
};

// Whop members and users → people. Match order: `whopUserId`; else exactly one person with the same
// email (case-insensitive) and no Whop user yet → linked; else created. Two or more such people: no
// guess, a new person and a warning. A member who is an admin (the company's team, the seller
// among them) is no customer: it refreshes the person of a user the workspace already has (one who
// bought, brought in by their membership or payment) and creates or links none. Per page: one
// lookup by user id, one by email, one batched update of the linked people, one batched upsert.
@Injectable()
export class WhopPersonApplyService {
  constructor(
    private readonly applyTransactionService: WhopApplyTransactionService,
    private readonly rollupService: WhopRollupService,
  ) {}

  async applyMembers(context: WhopApplyContext, members: WhopMember[]): Promise<WhopApplyResult> {
    const teamWhopUserIds = new Set<string>();
    const userlessMemberIds: string[] = [];
    const rows = keepLatestWhopResourceVersions(members).flatMap((member) => {
      const columns = transformWhopMemberToPerson({ member, syncedAt: context.syncedAt });

      if (!hasWhopUserId(columns)) {
        userlessMemberIds.push(member.id);

        return [];
      }
      if (member.access_level === 'admin') teamWhopUserIds.add(columns.whopUserId);

      return [columns];
    });
    const result = await this.applyRows(context, rows, teamWhopUserIds);

    // Once the page is written: a page applied again (split to set aside a record the database
    // refuses) warns once.
    for (const memberId of userlessMemberIds) {
      context.issues.addWarning(
        memberId,
        'Whop gives this member no user (a deleted account): a person synced before is kept as it was, none is created.',
      );
    }

    return result;
  }

  // The people of these Whop users (whopUserId → person id) inside the caller's transaction: known
  // people are left as they are, unknown users are matched by email or created.
  async resolvePeople(
    transaction: WhopApplyTransaction,
    users: WhopPersonSource[],
  ): Promise<Map<string, string>> {
    const { personIdsByWhopUserId } = await this.writePeople(
      transaction,
      this.buildUserRows(transaction, users),
      'create-missing',
    );

    return personIdsByWhopUserId;
  }

  private buildUserRows(
    { syncedAt }: Pick<WhopApplyContext, 'syncedAt'>,
    users: WhopPersonSource[],
  ): IdentifiedPersonColumns[] {
    return users
      .map(({ user, member }) => transformWhopUserToPerson({ user, member, syncedAt }))
      .filter(hasWhopUserId);
  }

  private async applyRows(
    context: WhopApplyContext,
    rows: IdentifiedPersonColumns[],
    teamWhopUserIds: ReadonlySet<string>,
  ): Promise<WhopApplyResult> {
    if (rows.length === 0) {
      return countWhopUpsertOutcomes([]);
    }

    const { result } = await this.applyTransactionService.run(context, (transaction) =>
      this.writePeople(transaction, rows, 'refresh-known', teamWhopUserIds),
    );

    return result;
  }

  private async writePeople(
    transaction: WhopApplyTransaction,
    rows: IdentifiedPersonColumns[],
    mode: 'refresh-known' | 'create-missing',
    teamWhopUserIds: ReadonlySet<string> = new Set(),
  ): Promise<PersonWriteOutcome> {
    const uniqueRows = mergeByWhopUserId(rows);

    if (uniqueRows.length === 0) {
      return { result: countWhopUpsertOutcomes([]), personIdsByWhopUserId: new Map() };
    }

    const knownIds = await this.findKnownPersonIds(
      transaction,
      uniqueRows.map(({ whopUserId }) => whopUserId),
    );
    const knownRows = uniqueRows.filter(({ whopUserId }) => knownIds.has(whopUserId));
    const { links, creations } = await this.matchByEmail(
      transaction,
      uniqueRows.filter(
        ({ whopUserId }) => !knownIds.has(whopUserId) && !teamWhopUserIds.has(whopUserId),
      ),
    );
    const linkedIds = await updateWhopRecordsById(
      transaction.manager,
      PERSON_WRITE,
      links.map(({ personId, columns }) => ({ ...columns, id: personId })),
    );
    const upserted = await upsertWhopRecords(
      transaction.manager,
      { ...PERSON_WRITE, keyColumn: 'whopUserId', keyScope: 'live' },
      mode === 'refresh-known' ? [...knownRows, ...creations] : creations,
    );
    const upsertResult = countWhopUpsertOutcomes(upserted);
    const replacingPeople = await moveWhopChildrenFromTrashed(
      transaction.manager,
      'person',
      'whopUserId',
      [
        ...upserted.filter(({ outcome }) => outcome === 'created'),
        ...links.map(({ personId, columns }) => ({ key: columns.whopUserId, id: personId })),
      ],
    );

    await this.rollupService.refreshPersonRollupsInTransaction(
      transaction,
      replacingPeople.map(({ id }) => id),
    );
    const untouchedCount = mode === 'refresh-known' ? 0 : knownRows.length;
    const personIdsByWhopUserId = new Map([
      ...knownIds,
      ...links.map(({ personId, columns }): [string, string] => [columns.whopUserId, personId]),
      ...upserted.map(({ id, key }): [string, string] => [key, id]),
    ]);

    for (const [whopUserId, personId] of personIdsByWhopUserId) {
      transaction.personIds?.set(whopUserId, personId);
    }

    return {
      result: {
        created: upsertResult.created,
        updated: upsertResult.updated + linkedIds.length,
        unchanged: upsertResult.unchanged + links.length - linkedIds.length + untouchedCount,
      },
      personIdsByWhopUserId,
    };
  }

  // The people of these users the run already met, and the others looked up.
  private async findKnownPersonIds(
    transaction: WhopApplyTransaction,
    whopUserIds: string[],
  ): Promise<Map<string, string>> {
    const knownIds = new Map<string, string>();
    const unmetWhopUserIds: string[] = [];

    for (const whopUserId of whopUserIds) {
      const personId = transaction.personIds?.get(whopUserId);

      if (isDefined(personId)) knownIds.set(whopUserId, personId);
      else unmetWhopUserIds.push(whopUserId);
    }

    for (const [whopUserId, personId] of await this.findPersonIdsByWhopUserId(
      transaction,
      unmetWhopUserIds,
    )) {
      knownIds.set(whopUserId, personId);
    }

    return knownIds;
  }

  private async findPersonIdsByWhopUserId(
    { manager }: WhopApplyTransaction,
    whopUserIds: string[],
  ): Promise<Map<string, string>> {
    const people = await findWhopRecordsByKey<{ id: string; whopUserId: string }>(
      manager,
      'person',
      'whopUserId',
      whopUserIds,
      ['id'],
    );

    return new Map([...people].map(([whopUserId, { id }]) => [whopUserId, id]));
  }

  // Links each unknown user to the one person without a Whop user who has the same email; a person
  // is linked to at most one user of the page, so two users sharing an email become two people.
  private async matchByEmail(
    transaction: WhopApplyTransaction,
    rows: IdentifiedPersonColumns[],
  ): Promise<{
    links: { personId: string; columns: IdentifiedPersonColumns }[];
    creations: IdentifiedPersonColumns[];
  }> {
    const candidatesByEmail = await this.findUnlinkedPeopleByEmail(
      transaction,
      rows.map(({ emailsPrimaryEmail }) => emailsPrimaryEmail).filter(isDefined),
    );
    const claimedPersonIds = new Set<string>();
    const links: { personId: string; columns: IdentifiedPersonColumns }[] = [];
    const creations: IdentifiedPersonColumns[] = [];

    for (const columns of rows) {
      const candidates = isDefined(columns.emailsPrimaryEmail)
        ? (candidatesByEmail.get(columns.emailsPrimaryEmail) ?? [])
        : [];
      const [onlyCandidate] = candidates;

      if (candidates.length === 1 && !claimedPersonIds.has(onlyCandidate)) {
        claimedPersonIds.add(onlyCandidate);
        links.push({ personId: onlyCandidate, columns });
        continue;
      }

      if (candidates.length > 1) {
        transaction.issues.addWarning(
          columns.whopUserId,
          `${candidates.length} people share the email ${columns.emailsPrimaryEmail}: created a new person for this Whop user instead of guessing.`,
        );
      }

      creations.push(columns);
    }

    return { links, creations };
  }

  private async findUnlinkedPeopleByEmail(
    { manager }: WhopApplyTransaction,
    emails: string[],
  ): Promise<Map<string, string[]>> {
    const candidatesByEmail = new Map<string, string[]>();

    if (emails.length === 0) {
      return candidatesByEmail;
    }

    const people: { id: string; email: string }[] = await manager
      .getRepository('person')
      .createQueryBuilder('person')
      .select('person.id', 'id')
      .addSelect('LOWER(person.emailsPrimaryEmail)', 'email')
      .where('LOWER(person.emailsPrimaryEmail) IN (:...emails)', { emails: [...new Set(emails)] })
      .andWhere('person.whopUserId IS NULL')
      .andWhere('person.deletedAt IS NULL')
      .orderBy('person.createdAt')
      .addOrderBy('person.id')
      // Locked (in one order, so that two pages never wait on each other): a concurrent page
      // linking one of them to another Whop user makes this read wait, then leave it out, rather
      // than link it to a second user.
      .setLock('for_no_key_update')
      .getRawMany();

    for (const { id, email } of people) {
      candidatesByEmail.set(email, [...(candidatesByEmail.get(email) ?? []), id]);
    }

    return candidatesByEmail;
  }
}
