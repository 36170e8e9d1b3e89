// What an error says, for a log line or a stored reason: its message, or the thrown value itself.
export const getErrorMessage = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);
