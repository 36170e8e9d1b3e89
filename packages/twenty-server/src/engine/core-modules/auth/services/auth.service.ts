import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

import { AuthException, AuthExceptionCode } from 'src/engine/core-modules/auth/auth.exception';
import { type AuthTokensDTO } from 'src/engine/core-modules/auth/dtos/auth-tokens.dto';
import { SignInThrottleService } from 'src/engine/core-modules/auth/services/sign-in-throttle.service';
import { TokenService } from 'src/engine/core-modules/auth/services/token.service';
import { verifyPassword } from 'src/engine/core-modules/auth/utils/password-hash.util';
import { UserWorkspace } from 'src/engine/core-modules/user/user-workspace.entity';
import { UserService } from 'src/engine/core-modules/user/user.service';
import { Workspace } from 'src/engine/core-modules/workspace/workspace.entity';

// A hash of a random password, compared against when the email is unknown so that a wrong email
// and a wrong password take the same time.
const DECOY_PASSWORD_HASH =
  'scrypt$131072$8$1$AAAAAAAAAAAAAAAAAAAAAA==$SU2nIocY2YoIZNEjnNuLuUNmAlhVhHW3+7jAcx6QEwE=';

@Injectable()
export class AuthService {
  constructor(
    private readonly tokenService: TokenService,
    private readonly userService: UserService,
    private readonly signInThrottle: SignInThrottleService,
    @InjectRepository(UserWorkspace)
    private readonly userWorkspaceRepository: Repository<UserWorkspace>,
    @InjectRepository(Workspace) private readonly workspaceRepository: Repository<Workspace>,
  ) {}

  // An attempt that could not check the password (the database out of reach) is not counted
  // against the email.
  private async checkPassword(email: string, password: string) {
    try {
      const user = await this.userService.findByEmail(email);
      const valid = await verifyPassword(password, user?.passwordHash ?? DECOY_PASSWORD_HASH);

      return { user, valid };
    } catch (error) {
      await this.signInThrottle.releaseAttempt(email).catch(() => undefined);
      throw error;
    }
  }

  async signIn(email: string, password: string, clientIp: string): Promise<AuthTokensDTO> {
    await this.signInThrottle.assertAllowed(email, clientIp);
    const { user, valid } = await this.checkPassword(email, password);

    if (!user || !valid) {
      throw new AuthException(
        'Invalid credentials',
        AuthExceptionCode.INVALID_CREDENTIALS,
        'Wrong email or password.',
      );
    }
    await this.signInThrottle.clearAttempts(email);
    const membership = await this.userWorkspaceRepository.findOne({
      where: { userId: user.id },
      order: { createdAt: 'ASC' },
    });
    const workspace = membership
      ? await this.workspaceRepository.findOneBy({ id: membership.workspaceId })
      : null;

    if (!workspace) {
      throw new AuthException(
        'User has no workspace',
        AuthExceptionCode.FORBIDDEN,
        'This account does not belong to any workspace.',
      );
    }
    const { token, expiresAt } = this.tokenService.generateAccessToken(user.id, workspace.id);

    return { accessToken: token, expiresAt, workspace, user };
  }
}
