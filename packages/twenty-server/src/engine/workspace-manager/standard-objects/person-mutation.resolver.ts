import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';

import { updateRecordById } from 'src/engine/api/graphql/utils/update-record-by-id.util';
import { AuthWorkspace } from 'src/engine/core-modules/auth/decorators/auth-workspace.decorator';
import { type Workspace } from 'src/engine/core-modules/workspace/workspace.entity';
import { GlobalWorkspaceOrmManager } from 'src/engine/twenty-orm/global-workspace-orm.manager';
import {
  PersonDTO,
  type PersonRow,
  toPersonDTO,
} from 'src/engine/workspace-manager/standard-objects/dtos/person.dto';
import {
  PersonDataInput,
  toPersonColumns,
} from 'src/engine/workspace-manager/standard-objects/inputs/person-data.input';

@Resolver(() => PersonDTO)
export class PersonMutationResolver {
  constructor(private readonly ormManager: GlobalWorkspaceOrmManager) {}

  @Mutation(() => PersonDTO)
  async createPerson(
    @AuthWorkspace() workspace: Workspace,
    @Args('data') data: PersonDataInput,
  ): Promise<PersonDTO> {
    const repository = await this.ormManager.getRepository<PersonRow>(workspace.id, 'person');
    const saved = await repository.save(
      repository.create({ nameFirstName: '', nameLastName: '', ...toPersonColumns(data) }),
    );

    return toPersonDTO(await repository.findOneByOrFail({ id: saved.id }));
  }

  @Mutation(() => PersonDTO)
  async updatePerson(
    @AuthWorkspace() workspace: Workspace,
    @Args('id', { type: () => ID }) id: string,
    @Args('data') data: PersonDataInput,
  ): Promise<PersonDTO> {
    const repository = await this.ormManager.getRepository<PersonRow>(workspace.id, 'person');

    return toPersonDTO(await updateRecordById(repository, id, toPersonColumns(data), 'Person'));
  }
}
