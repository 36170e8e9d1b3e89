import { generateDataset } from '../generator/generate-dataset.util';
import { SandboxStore } from '../store/sandbox-store';
import type { MembershipRecord } from '../types/sandbox-records.type';
import {
  activateMembership,
  cancelMembership,
  expireMembership,
  setCancelAtPeriodEnd,
} from './membership.mutations';

const NOW = Date.UTC(2026, 6, 20, 12);

const loadStore = (): SandboxStore => {
  const store = new SandboxStore();
  store.load(generateDataset({ seed: 9, members: 200, referenceTime: Date.UTC(2026, 6, 20) }));
  return store;
};

const find = (
  store: SandboxStore,
  predicate: (membership: MembershipRecord) => boolean,
): MembershipRecord => store.memberships.all().find(predicate)!;
const renews = (store: SandboxStore) => (membership: MembershipRecord) =>
  store.plans.get(membership.planId)!.planType === 'renewal';

describe('membership mutations', () => {
  it('activating an expired membership fires membership.activated and renews the period', () => {
    const store = loadStore();
    const membership = find(
      store,
      (record) => record.status === 'expired' && renews(store)(record),
    );
    expect(membership.cancelAtPeriodEnd).toBe(true);
    const events = activateMembership(store, membership, NOW);
    expect(events.map((event) => event.type)).toEqual([
      'membership.cancel_at_period_end_changed',
      'membership.activated',
    ]);
    expect(membership).toMatchObject({
      status: 'active',
      cancelAtPeriodEnd: false,
      canceledAt: null,
      renewalPeriodStart: NOW,
      updatedAt: NOW,
    });
    expect(membership.renewalPeriodEnd).toBeGreaterThan(NOW);
    expect(store.members.get(membership.memberId)).toMatchObject({
      status: 'joined',
      updatedAt: NOW,
    });
  });

  it('activating a past_due membership still announces it', () => {
    const store = loadStore();
    const membership = find(store, (record) => record.status === 'past_due');
    expect(activateMembership(store, membership, NOW).map((event) => event.type)).toEqual([
      'membership.activated',
    ]);
  });

  it('refuses to activate an active membership', () => {
    const store = loadStore();
    expect(() =>
      activateMembership(
        store,
        find(store, (record) => record.status === 'active' && !record.cancelAtPeriodEnd),
        NOW,
      ),
    ).toThrow('already active');
  });

  it('sets and clears cancel at period end', () => {
    const store = loadStore();
    const membership = find(store, (record) => record.status === 'active' && renews(store)(record));
    expect(
      setCancelAtPeriodEnd(store, membership, true, { cancelOption: 'too_expensive' }, NOW).map(
        (event) => event.type,
      ),
    ).toEqual(['membership.cancel_at_period_end_changed']);
    expect(membership).toMatchObject({
      status: 'canceling',
      cancelAtPeriodEnd: true,
      canceledAt: NOW,
      cancelOption: 'too_expensive',
    });
    expect(store.members.get(membership.memberId)!.mostRecentAction).toBe('canceling');
    setCancelAtPeriodEnd(store, membership, false, {}, NOW + 1);
    expect(membership).toMatchObject({
      status: 'active',
      cancelAtPeriodEnd: false,
      canceledAt: null,
      cancelOption: null,
    });
    expect(() => setCancelAtPeriodEnd(store, membership, false, {}, NOW)).toThrow(
      'not set to cancel',
    );
  });

  it('cancels and expires with membership.deactivated only when access is lost', () => {
    const store = loadStore();
    const active = find(store, (record) => record.status === 'active');
    expect(
      cancelMembership(store, active, { cancellationReason: 'Moving on' }, NOW).map(
        (event) => event.type,
      ),
    ).toEqual(['membership.deactivated']);
    expect(active).toMatchObject({
      status: 'canceled',
      canceledAt: NOW,
      cancellationReason: 'Moving on',
    });
    expect(expireMembership(store, active, NOW + 1)).toEqual([]);
    expect(active.status).toBe('expired');
    expect(() => expireMembership(store, active, NOW)).toThrow('already expired');
  });

  it('bumps the store revision so cached orderings refresh', () => {
    const store = loadStore();
    const revision = store.revision;
    cancelMembership(
      store,
      find(store, (record) => record.status === 'trialing'),
      {},
      NOW,
    );
    expect(store.revision).toBeGreaterThan(revision);
  });
});
