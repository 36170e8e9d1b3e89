import {
  buildWhopPaymentFailedNote,
  buildWhopPaymentFollowUpTask,
  type WhopFailedPaymentSummary,
} from 'src/modules/whop/services/apply/utils/build-whop-payment-failure-content.util';

const FAILED_PAYMENT: WhopFailedPaymentSummary = {
  whopId: 'pay_1',
  amountAmountMicros: '19990000',
  amountCurrencyCode: 'USD',
  failureMessage: 'Your card was declined.',
  lastPaymentAttemptAt: new Date('2026-04-02T09:31:00.000Z'),
  nextPaymentAttemptAt: new Date('2026-04-05T09:31:00.000Z'),
  whopCreatedAt: new Date('2026-04-01T09:30:00.000Z'),
};

describe('buildWhopPaymentFollowUpTask', () => {
  it('is due when Whop next retries the charge', () => {
    const task = buildWhopPaymentFollowUpTask(FAILED_PAYMENT, 'Pro — Monthly');

    expect(task).toEqual({
      title: 'Follow up: failed payment for Pro — Monthly',
      body: [
        'The latest payment for Pro — Monthly failed on Whop.',
        '',
        '- **Amount:** 19.99 USD',
        '- **Failure:** Your card was declined.',
        '- **Whop payment:** pay_1',
      ].join('\n'),
      dueAt: new Date('2026-04-05T09:31:00.000Z'),
      failure: '- **Failure:** Your card was declined.\n- **Whop payment:** pay_1',
    });
  });

  it('is due from the failed attempt when Whop plans no retry', () => {
    const task = buildWhopPaymentFollowUpTask(
      { ...FAILED_PAYMENT, nextPaymentAttemptAt: null },
      'Pro — Monthly',
    );

    expect(task.dueAt).toEqual(new Date('2026-04-02T09:31:00.000Z'));
  });

  it('is due from the payment’s creation when Whop gives no attempt time', () => {
    const task = buildWhopPaymentFollowUpTask(
      { ...FAILED_PAYMENT, nextPaymentAttemptAt: null, lastPaymentAttemptAt: null },
      'Pro — Monthly',
    );

    expect(task.dueAt).toEqual(new Date('2026-04-01T09:30:00.000Z'));
  });

  it('has no due date when Whop gives no time at all', () => {
    const task = buildWhopPaymentFollowUpTask(
      {
        ...FAILED_PAYMENT,
        nextPaymentAttemptAt: null,
        lastPaymentAttemptAt: null,
        whopCreatedAt: null,
      },
      'Pro — Monthly',
    );

    expect(task.dueAt).toBeNull();
  });
});

describe('the failure a follow-up task tells of', () => {
  // What the follow-up write compares to tell a new failure from the same one again.
  const failureOf = (payment: WhopFailedPaymentSummary, opportunityName = 'Pro — Monthly') =>
    buildWhopPaymentFollowUpTask(payment, opportunityName).failure;

  it('is the reason and the payment, at the end of the body', () => {
    expect(failureOf(FAILED_PAYMENT)).toBe(
      '- **Failure:** Your card was declined.\n- **Whop payment:** pay_1',
    );
  });

  it('is the same failure under a renamed product or plan, or another amount and retry time', () => {
    expect(failureOf(FAILED_PAYMENT, 'Pro Plus — Yearly')).toBe(failureOf(FAILED_PAYMENT));
    expect(
      failureOf({
        ...FAILED_PAYMENT,
        amountAmountMicros: '9990000',
        nextPaymentAttemptAt: new Date('2026-04-08T09:31:00.000Z'),
      }),
    ).toBe(failureOf(FAILED_PAYMENT));
  });

  it('is another failure for another reason or another payment', () => {
    expect(failureOf({ ...FAILED_PAYMENT, failureMessage: 'Insufficient funds.' })).not.toBe(
      failureOf(FAILED_PAYMENT),
    );
    expect(failureOf({ ...FAILED_PAYMENT, failureMessage: null })).not.toBe(
      failureOf(FAILED_PAYMENT),
    );
    expect(failureOf({ ...FAILED_PAYMENT, whopId: 'pay_2' })).not.toBe(failureOf(FAILED_PAYMENT));
  });

  // The workspace migration that stored it read it so from the tasks written before.
  it("is the body from its first '- **Failure:** ' on, whatever an opportunity name holds", () => {
    for (const name of ['Pro — Monthly', '- **Failure:** Pro']) {
      const { body, failure } = buildWhopPaymentFollowUpTask(FAILED_PAYMENT, name);

      expect(body.slice(body.indexOf('- **Failure:** '))).toBe(failure);
    }
  });
});

describe('buildWhopPaymentFailedNote', () => {
  it('names when it failed, the amount, the reason and the payment', () => {
    expect(buildWhopPaymentFailedNote(FAILED_PAYMENT, 'Pro — Monthly')).toEqual({
      title: 'Payment failed: 19.99 USD',
      body: [
        'A payment for Pro — Monthly failed on Whop on Apr 2, 2026, 9:31 AM UTC.',
        '',
        '- **Amount:** 19.99 USD',
        '- **Failure:** Your card was declined.',
        '- **Whop payment:** pay_1',
      ].join('\n'),
    });
  });

  it('dates it by the payment’s creation without an attempt time, and escapes what the customer typed', () => {
    const note = buildWhopPaymentFailedNote(
      { ...FAILED_PAYMENT, failureMessage: null, lastPaymentAttemptAt: null },
      '**Pro** [plan](https://evil.example)',
    );

    expect(note.body).toContain('failed on Whop on Apr 1, 2026, 9:30 AM UTC.');
    expect(note.body).toContain('- **Failure:** Whop gave no reason.');
    expect(note.body).not.toContain('**Pro**');
  });
});
