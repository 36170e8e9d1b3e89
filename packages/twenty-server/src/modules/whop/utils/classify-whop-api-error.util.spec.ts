import { APIConnectionError, APIError } from '@whop/sdk';

import { classifyWhopApiError } from 'src/modules/whop/utils/classify-whop-api-error.util';
import { UNEXPECTED_SYNC_ERROR_MESSAGE } from 'src/modules/whop/utils/to-whop-sync-exception.util';
import { WhopException, WhopExceptionCode } from 'src/modules/whop/whop.exception';

const apiError = (status: number, message = 'nope') =>
  APIError.generate(status, { error: { type: 'x', message } }, undefined, new Headers());

describe('classifyWhopApiError', () => {
  it.each([
    [408, WhopExceptionCode.TEMPORARY_ERROR],
    [409, WhopExceptionCode.TEMPORARY_ERROR],
    [429, WhopExceptionCode.TEMPORARY_ERROR],
    [500, WhopExceptionCode.TEMPORARY_ERROR],
    [503, WhopExceptionCode.TEMPORARY_ERROR],
    [401, WhopExceptionCode.AUTH_FAILED],
    [403, WhopExceptionCode.INSUFFICIENT_PERMISSIONS],
    [404, WhopExceptionCode.NOT_FOUND],
    [422, WhopExceptionCode.UNKNOWN],
  ])('maps HTTP %i to %s', (status, code) => {
    const classified = classifyWhopApiError(apiError(status), 'list memberships');

    expect(classified.code).toBe(code);
    expect(classified.status).toBe(status);
    expect(classified.message).toContain('list memberships');
  });

  it('names the missing permission in the message for the seller', () => {
    const classified = classifyWhopApiError(
      apiError(403, 'Missing permission developer:manage_webhook'),
      'create webhook',
    );

    expect(classified.userFriendlyMessage).toContain('developer:manage_webhook');
  });

  it('treats a network failure as temporary', () => {
    expect(
      classifyWhopApiError(new APIConnectionError({ message: 'ECONNREFUSED' }), 'x').code,
    ).toBe(WhopExceptionCode.TEMPORARY_ERROR);
  });

  it("shows the seller Whop's own answer to a call it refused for another reason", () => {
    expect(
      classifyWhopApiError(apiError(422, 'company_id is invalid'), 'list memberships')
        .userFriendlyMessage,
    ).toBe('list memberships: Whop answered 422 (company_id is invalid)');
  });

  it('gives the failure of our own fetch, not "Whop unreachable", once the SDK gave up on it', () => {
    const refused = new WhopException(
      "Whop refused this app's credentials",
      WhopExceptionCode.UNKNOWN,
    );

    expect(classifyWhopApiError(new APIConnectionError({ cause: refused }), 'x')).toBe(refused);
    expect(
      classifyWhopApiError(new APIConnectionError({ cause: new TypeError('fetch failed') }), 'x'),
    ).toMatchObject({
      code: WhopExceptionCode.TEMPORARY_ERROR,
      message: 'x: Whop unreachable (Connection error.)',
      userFriendlyMessage: 'Whop could not be reached (x).',
    });
  });

  it('tells the seller which call Whop failed and that the sync tries again', () => {
    expect(classifyWhopApiError(apiError(500), 'list payments')).toMatchObject({
      code: WhopExceptionCode.TEMPORARY_ERROR,
      userFriendlyMessage: 'Whop answered 500 (list payments).',
    });
  });

  it("treats anything else as unknown, its text kept for the server's log", () => {
    const classified = classifyWhopApiError(new Error('boom'), 'x');

    expect(classified).toMatchObject({ code: WhopExceptionCode.UNKNOWN, message: 'x: boom' });
    expect(classified.userFriendlyMessage).toBe(UNEXPECTED_SYNC_ERROR_MESSAGE);
  });
});
