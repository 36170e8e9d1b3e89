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
        connections: [],
      }),
    ).toBe(ALPHA);
  });

  it('connects another company: the first listed the workspace has no connection to', () => {
    expect(
      chooseWhopCompanyToConnect({
        companies: [ALPHA, BETA, GAMMA],
        reconnectedCompanyId: null,
        connections: [
          { whopCompanyId: ALPHA.id, status: 'active' },
          { whopCompanyId: BETA.id, status: 'needs_reauth' },
        ],
      }),
    ).toBe(GAMMA);
  });

  it('else connects again the first whose connection is not active (disconnected, or to reconnect)', () => {
    expect(
      chooseWhopCompanyToConnect({
        companies: [ALPHA, BETA, GAMMA],
        reconnectedCompanyId: null,
        connections: [
          { whopCompanyId: ALPHA.id, status: 'active' },
          { whopCompanyId: BETA.id, status: 'revoked' },
          { whopCompanyId: GAMMA.id, status: 'needs_reauth' },
        ],
      }),
    ).toBe(BETA);
  });

  it('reconnects the company being reconnected, active or not, wherever Whop lists it', () => {
    expect(
      chooseWhopCompanyToConnect({
        companies: [ALPHA, BETA],
        reconnectedCompanyId: BETA.id,
        connections: [
          { whopCompanyId: ALPHA.id, status: 'active' },
          { whopCompanyId: BETA.id, status: 'active' },
        ],
      }),
    ).toBe(BETA);
  });

  it('refuses to reconnect a company the grant does not reach', () => {
    expect(() =>
      chooseWhopCompanyToConnect({
        companies: [ALPHA],
        reconnectedCompanyId: BETA.id,
        connections: [],
      }),
    ).toThrow(expect.objectContaining({ code: WhopExceptionCode.OAUTH_OTHER_COMPANY }));
  });

  it('refuses to connect another when every company the grant reaches is connected', () => {
    expect(() =>
      chooseWhopCompanyToConnect({
        companies: [ALPHA, BETA],
        reconnectedCompanyId: null,
        connections: [
          { whopCompanyId: ALPHA.id, status: 'active' },
          { whopCompanyId: BETA.id, status: 'active' },
        ],
      }),
    ).toThrow(expect.objectContaining({ code: WhopExceptionCode.OAUTH_ALL_CONNECTED }));
  });

  it('refuses a grant that reaches no company', () => {
    expect(() =>
      chooseWhopCompanyToConnect({
        companies: [],
        reconnectedCompanyId: null,
        connections: [],
      }),
    ).toThrow(expect.objectContaining({ code: WhopExceptionCode.OAUTH_NO_COMPANY }));
  });
});
