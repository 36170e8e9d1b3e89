// The columns every workspace object starts with (BASE_WORKSPACE_FIELDS), as SQL.
export const WORKSPACE_BASE_COLUMNS_SQL = `
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "createdAt" timestamptz NOT NULL DEFAULT now(),
  "updatedAt" timestamptz NOT NULL DEFAULT now(),
  "deletedAt" timestamptz`;
