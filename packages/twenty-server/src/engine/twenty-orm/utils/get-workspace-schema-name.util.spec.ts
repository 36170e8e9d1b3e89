import { getWorkspaceSchemaName } from 'src/engine/twenty-orm/utils/get-workspace-schema-name.util';

describe('getWorkspaceSchemaName', () => {
  it('encodes the workspace uuid in base 36', () => {
    expect(getWorkspaceSchemaName('20202020-1c25-4d02-bf25-6aeccf7ea419')).toBe(
      `workspace_${BigInt('0x202020201c254d02bf256aeccf7ea419').toString(36)}`,
    );
  });

  it('gives two workspaces two schemas', () => {
    expect(getWorkspaceSchemaName('00000000-0000-0000-0000-000000000001')).not.toBe(
      getWorkspaceSchemaName('00000000-0000-0000-0000-000000000002'),
    );
  });

  it('produces a safe identifier only from a real uuid', () => {
    expect(getWorkspaceSchemaName('00000000-0000-0000-0000-00000000000a')).toMatch(
      /^workspace_[0-9a-z]+$/,
    );
    expect(() => getWorkspaceSchemaName('x"; DROP SCHEMA core; --')).toThrow(
      /Invalid workspace id/,
    );
  });
});
