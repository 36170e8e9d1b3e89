import { type Repository } from 'typeorm';

import { WorkspaceCallerService } from 'src/engine/core-modules/auth/services/workspace-caller.service';
import { type Workspace } from 'src/engine/core-modules/workspace/workspace.entity';

const WORKSPACE = { id: 'workspace-1' } as Workspace;

const build = ({ member, liveKey }: { member: boolean; liveKey: boolean }) => {
  const service = new WorkspaceCallerService({} as Repository<Workspace>);

  jest.spyOn(service, 'findWorkspaceOfMember').mockResolvedValue(member ? WORKSPACE : null);
  jest.spyOn(service, 'findWorkspaceOfLiveApiKey').mockResolvedValue(liveKey ? WORKSPACE : null);

  return service;
};

describe('WorkspaceCallerService.isStillAllowed', () => {
  it('asks whether a user is still a member', async () => {
    const caller = { workspaceId: 'workspace-1', userId: 'user-1', apiKeyId: null };

    expect(await build({ member: true, liveKey: false }).isStillAllowed(caller)).toBe(true);
    expect(await build({ member: false, liveKey: true }).isStillAllowed(caller)).toBe(false);
  });

  it('asks whether an API key is still live', async () => {
    const caller = { workspaceId: 'workspace-1', userId: null, apiKeyId: 'key-1' };

    expect(await build({ member: false, liveKey: true }).isStillAllowed(caller)).toBe(true);
    expect(await build({ member: true, liveKey: false }).isStillAllowed(caller)).toBe(false);
  });

  it('allows no caller that is neither', async () => {
    expect(
      await build({ member: true, liveKey: true }).isStillAllowed({
        workspaceId: 'workspace-1',
        userId: null,
        apiKeyId: null,
      }),
    ).toBe(false);
  });
});
