import { hkdfSync } from 'node:crypto';

import jwt from 'jsonwebtoken';

import { type EnvironmentService } from 'src/engine/core-modules/environment/environment.service';
import { TokenService } from 'src/engine/core-modules/auth/services/token.service';

const APP_SECRET = 'a-test-app-secret-a-test-app-secret-0123';

const buildTokenService = (appSecret = APP_SECRET) =>
  new TokenService({
    get: (key: string) => ({ APP_SECRET: appSecret, ACCESS_TOKEN_EXPIRES_IN_SECONDS: 3600 })[key],
  } as unknown as EnvironmentService);

describe('TokenService', () => {
  it('verifies the access tokens it issues', () => {
    const tokens = buildTokenService();
    const { token } = tokens.generateAccessToken('user-1', 'workspace-1');

    expect(tokens.verify(token)).toMatchObject({
      type: 'ACCESS',
      sub: 'user-1',
      workspaceId: 'workspace-1',
    });
  });

  // Sessions signed before its key was held as a KeyObject stay valid.
  it('verifies a token signed with the raw bytes of the key derived from APP_SECRET', () => {
    const keyBytes = Buffer.from(hkdfSync('sha256', APP_SECRET, 'tokens', 'twenty-jwt-v1', 32));
    const token = jwt.sign(
      { type: 'ACCESS', sub: 'user-1', workspaceId: 'workspace-1' },
      keyBytes,
      {
        algorithm: 'HS256',
        issuer: 'twenty',
        expiresIn: 60,
      },
    );

    expect(buildTokenService().verify(token).sub).toBe('user-1');
  });

  it('refuses a token signed with another secret', () => {
    const { token } = buildTokenService(`${APP_SECRET}-other`).generateAccessToken(
      'user-1',
      'workspace-1',
    );

    expect(() => buildTokenService().verify(token)).toThrow('Invalid or expired token');
  });
});
