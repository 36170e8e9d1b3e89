// The SQLSTATE of a PostgreSQL error, whether TypeORM wrapped it (QueryFailedError.driverError) or
// the driver threw it; '' for any other error.
export const getPostgresErrorCode = (error: unknown): string =>
  (error as { driverError?: { code?: string } } | null)?.driverError?.code ??
  (error as { code?: string } | null)?.code ??
  '';
