import { chooseWhopCompanyToConnect } from 'src/modules/whop/utils/choose-whop-company-to-connect.util';
import { WhopExceptionCode } from 'src/modules/whop/whop.exception';

const ALPHA = { id: 'biz_alpha', title: 'Alpha' };
const BETA = { id: 'biz_beta', title: 'Beta' };
const GAMMA = { id: 'biz_gamma', title: 'Gamma' };

describe('chooseWhopCompanyToConnect', () => {
  it('connects the first company Whop lists when none is connected', () => {
    expect(
      chooseWhopCompanyToConnect({
        companies: [ALPHA, BETA],
        reconnectedCompanyId: null,
        activeCompanyIds: new Set(),
      }),
    ).toBe(ALPHA);
  });

  it('connects another company: the first listed without an active connection', () => {
    expect(
      chooseWhopCompanyToConnect({
        companies: [ALPHA, BETA, GAMMA],
        reconnectedCompanyId: null,
        activeCompanyIds: new Set([ALPHA.id]),
      }),
    ).toBe(BETA);
  });

  it('connects again a company whose connection is not active (disconnected, or to reconnect)', () => {
    expect(
      chooseWhopCompanyToConnect({
        companies: [ALPHA, BETA],
        reconnectedCompanyId: null,
        activeCompanyIds: new Set([BETA.id]),
      }),
    ).toBe(ALPHA);
  });

  it('reconnects the company being reconnected, active or not, wherever Whop lists it', () => {
    expect(
      chooseWhopCompanyToConnect({
        companies: [ALPHA, BETA],
        reconnectedCompanyId: BETA.id,
        activeCompanyIds: new Set([ALPHA.id, BETA.id]),
      }),
    ).toBe(BETA);
  });

  it('refuses to reconnect a company the grant does not reach', () => {
    expect(() =>
      chooseWhopCompanyToConnect({
        companies: [ALPHA],
        reconnectedCompanyId: BETA.id,
        activeCompanyIds: new Set(),
      }),
    ).toThrow(expect.objectContaining({ code: WhopExceptionCode.OAUTH_OTHER_COMPANY }));
  });

  it('refuses to connect another when every company the grant reaches is connected', () => {
    expect(() =>
      chooseWhopCompanyToConnect({
        companies: [ALPHA, BETA],
        reconnectedCompanyId: null,
        activeCompanyIds: new Set([ALPHA.id, BETA.id]),
      }),
    ).toThrow(expect.objectContaining({ code: WhopExceptionCode.OAUTH_ALL_CONNECTED }));
  });

  it('refuses a grant that reaches no company', () => {
    expect(() =>
      chooseWhopCompanyToConnect({
        companies: [],
        reconnectedCompanyId: null,
        activeCompanyIds: new Set(),
      }),
    ).toThrow(expect.objectContaining({ code: WhopExceptionCode.OAUTH_NO_COMPANY }));
  });
});
