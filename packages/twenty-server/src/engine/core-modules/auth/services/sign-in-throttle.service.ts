import { createHash } from 'node:crypto';

import { Injectable } from '@nestjs/common';

import { AuthException, AuthExceptionCode } from 'src/engine/core-modules/auth/auth.exception';
import { EnvironmentService } from 'src/engine/core-modules/environment/environment.service';
import { RedisClientService } from 'src/engine/core-modules/redis-client/redis-client.service';

export const SIGN_IN_ATTEMPTS_PER_EMAIL = 10;
const EMAIL_LOCK_SECONDS = 15 * 60;

export const getSignInClientKey = (clientIp: string): string => `auth:sign-in:client:${clientIp}`;
const emailKey = (email: string): string =>
  `auth:sign-in:email:${createHash('sha256').update(email.trim().toLowerCase()).digest('hex')}`;

// Signing in hashes the password with scrypt (about half a second of CPU and 128 MiB), even for an
// unknown email. A client may try AUTH_SIGN_IN_ATTEMPTS_PER_MINUTE times a minute (30 by default),
// and an email 10 times without a success, then it is refused for 15 minutes (a success clears its
// count). Both are counted as an attempt starts, before any hashing: a flood (many requests, or
// many aliased signIn fields in one) costs a Redis round trip or two per attempt, and attempts made
// all at once get no more guesses at an email than attempts made one after the other. An attempt
// the client's limit refuses does not count against the email, nor one that failed before the
// password could be checked (releaseAttempt).
@Injectable()
export class SignInThrottleService {
  constructor(
    private readonly redisClientService: RedisClientService,
    private readonly environmentService: EnvironmentService,
  ) {}

  async assertAllowed(email: string, clientIp: string): Promise<void> {
    const clientAttempts = await this.count(getSignInClientKey(clientIp), 60);

    if (clientAttempts > this.environmentService.get('AUTH_SIGN_IN_ATTEMPTS_PER_MINUTE')) {
      throw this.tooManyAttempts();
    }
    if ((await this.count(emailKey(email), EMAIL_LOCK_SECONDS)) > SIGN_IN_ATTEMPTS_PER_EMAIL) {
      throw this.tooManyAttempts();
    }
  }

  // An attempt that failed before the password was checked (the database out of reach, say).
  async releaseAttempt(email: string): Promise<void> {
    const key = emailKey(email);

    if ((await this.redisClientService.getClient().decr(key)) <= 0) {
      await this.redisClientService.getClient().del(key);
    }
  }

  private async count(key: string, windowSeconds: number): Promise<number> {
    const results = await this.redisClientService
      .getClient()
      .multi()
      .incr(key)
      .expire(key, windowSeconds, 'NX')
      .exec();

    return Number(results?.[0]?.[1] ?? 0);
  }

  private tooManyAttempts(): AuthException {
    return new AuthException(
      'Too many sign-in attempts',
      AuthExceptionCode.TOO_MANY_ATTEMPTS,
      'Too many sign-in attempts. Wait a few minutes, then try again.',
    );
  }

  async clearAttempts(email: string): Promise<void> {
    await this.redisClientService.getClient().del(emailKey(email));
  }
}
