import { createSecretKey, hkdfSync, type KeyObject } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import jwt from 'jsonwebtoken';

import { AuthException, AuthExceptionCode } from 'src/engine/core-modules/auth/auth.exception';
import { EnvironmentService } from 'src/engine/core-modules/environment/environment.service';

export type AccessTokenPayload = {
  type: 'ACCESS';
  sub: string;
  workspaceId: string;
};

export type ApiKeyTokenPayload = {
  type: 'API_KEY';
  sub: string;
  workspaceId: string;
  jti: string;
};

export type TokenPayload = AccessTokenPayload | ApiKeyTokenPayload;

const ISSUER = 'twenty';

@Injectable()
export class TokenService {
  // A KeyObject made once: given bytes, jsonwebtoken tries each request's key as a public key
  // first, and that failed attempt costs about 35 times the verification itself.
  private readonly signingKey: KeyObject;

  constructor(private readonly environmentService: EnvironmentService) {
    this.signingKey = createSecretKey(
      Buffer.from(
        hkdfSync('sha256', environmentService.get('APP_SECRET'), 'tokens', 'twenty-jwt-v1', 32),
      ),
    );
  }

  generateAccessToken(userId: string, workspaceId: string): { token: string; expiresAt: Date } {
    const expiresIn = this.environmentService.get('ACCESS_TOKEN_EXPIRES_IN_SECONDS');
    const payload: AccessTokenPayload = { type: 'ACCESS', sub: userId, workspaceId };

    return {
      token: jwt.sign(payload, this.signingKey, { algorithm: 'HS256', expiresIn, issuer: ISSUER }),
      expiresAt: new Date(Date.now() + expiresIn * 1000),
    };
  }

  generateApiKeyToken(apiKeyId: string, workspaceId: string, expiresAt: Date): string {
    const payload = { type: 'API_KEY', sub: workspaceId, workspaceId };

    return jwt.sign(payload, this.signingKey, {
      algorithm: 'HS256',
      jwtid: apiKeyId,
      issuer: ISSUER,
      expiresIn: Math.max(1, Math.floor((expiresAt.getTime() - Date.now()) / 1000)),
    });
  }

  verify(token: string): TokenPayload {
    try {
      const payload = jwt.verify(token, this.signingKey, {
        algorithms: ['HS256'],
        issuer: ISSUER,
      }) as TokenPayload;

      if (payload.type !== 'ACCESS' && payload.type !== 'API_KEY') {
        throw new Error('unknown token type');
      }

      return payload;
    } catch {
      throw new AuthException(
        'Invalid or expired token',
        AuthExceptionCode.UNAUTHENTICATED,
        'Your session has expired. Please sign in again.',
      );
    }
  }
}
