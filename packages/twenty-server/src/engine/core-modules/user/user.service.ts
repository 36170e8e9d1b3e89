import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

import { hashPassword } from 'src/engine/core-modules/auth/utils/password-hash.util';
import { UserWorkspace } from 'src/engine/core-modules/user/user-workspace.entity';
import { User } from 'src/engine/core-modules/user/user.entity';

@Injectable()
export class UserService {
  constructor(
    @InjectRepository(User) private readonly userRepository: Repository<User>,
    @InjectRepository(UserWorkspace)
    private readonly userWorkspaceRepository: Repository<UserWorkspace>,
  ) {}

  async createUserInWorkspace(input: {
    email: string;
    password: string;
    firstName: string;
    lastName: string;
    workspaceId: string;
  }): Promise<User> {
    const user = await this.userRepository.save(
      this.userRepository.create({
        email: input.email.trim().toLowerCase(),
        passwordHash: await hashPassword(input.password),
        firstName: input.firstName,
        lastName: input.lastName,
      }),
    );

    await this.userWorkspaceRepository.insert({ userId: user.id, workspaceId: input.workspaceId });

    return user;
  }

  findByEmail(email: string): Promise<User | null> {
    return this.userRepository.findOneBy({ email: email.trim().toLowerCase() });
  }
}
