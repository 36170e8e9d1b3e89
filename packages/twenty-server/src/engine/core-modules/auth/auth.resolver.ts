import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

import { AuthUserId } from 'src/engine/core-modules/auth/decorators/auth-workspace.decorator';
import { Public } from 'src/engine/core-modules/auth/decorators/public.decorator';
import { AuthTokensDTO } from 'src/engine/core-modules/auth/dtos/auth-tokens.dto';
import { AuthService } from 'src/engine/core-modules/auth/services/auth.service';
import { UserDTO } from 'src/engine/core-modules/user/dtos/user.dto';
import { User } from 'src/engine/core-modules/user/user.entity';
import { toGraphQLError } from 'src/engine/core-modules/graphql/utils/to-graphql-error.util';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly authService: AuthService,
    @InjectRepository(User) private readonly userRepository: Repository<User>,
  ) {}

  @Public()
  @Mutation(() => AuthTokensDTO)
  async signIn(
    @Args('email') email: string,
    @Args('password') password: string,
  ): Promise<AuthTokensDTO> {
    try {
      return await this.authService.signIn(email, password);
    } catch (error) {
      throw toGraphQLError(error);
    }
  }

  @Query(() => UserDTO)
  async currentUser(@AuthUserId() userId: string | null): Promise<UserDTO> {
    const user = userId ? await this.userRepository.findOneBy({ id: userId }) : null;

    if (!user) {
      throw toGraphQLError(new Error('This token is not a user session (API keys have no user)'));
    }

    return user;
  }
}
