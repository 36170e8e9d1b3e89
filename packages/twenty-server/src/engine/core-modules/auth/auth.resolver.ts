import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import { type Request } from 'express';
import { Repository } from 'typeorm';

import { AuthException, AuthExceptionCode } from 'src/engine/core-modules/auth/auth.exception';
import { AuthUserId } from 'src/engine/core-modules/auth/decorators/auth-workspace.decorator';
import { Public } from 'src/engine/core-modules/auth/decorators/public.decorator';
import { AuthTokensDTO } from 'src/engine/core-modules/auth/dtos/auth-tokens.dto';
import { AuthService } from 'src/engine/core-modules/auth/services/auth.service';
import { UserDTO } from 'src/engine/core-modules/user/dtos/user.dto';
import { User } from 'src/engine/core-modules/user/user.entity';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly authService: AuthService,
    @InjectRepository(User) private readonly userRepository: Repository<User>,
  ) {}

  @Public()
  @Mutation(() => AuthTokensDTO)
  signIn(
    @Args('email') email: string,
    @Args('password') password: string,
    @Context('req') request: Request,
  ): Promise<AuthTokensDTO> {
    return this.authService.signIn(email, password, request.ip ?? 'unknown');
  }

  @Query(() => UserDTO)
  async currentUser(@AuthUserId() userId: string | null): Promise<UserDTO> {
    const user = userId ? await this.userRepository.findOneBy({ id: userId }) : null;

    if (!user) {
      throw new AuthException(
        'This token is not a user session (API keys have no user)',
        AuthExceptionCode.FORBIDDEN,
      );
    }

    return user;
  }
}
