const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Twenty names a workspace's schema after its id in base 36: `workspace_<base36 of the uuid>`.
export const getWorkspaceSchemaName = (workspaceId: string): string => {
  if (!UUID_PATTERN.test(workspaceId)) {
    throw new Error(`Invalid workspace id: ${workspaceId}`);
  }

  return `workspace_${BigInt(`0x${workspaceId.replace(/-/g, '')}`).toString(36)}`;
};
