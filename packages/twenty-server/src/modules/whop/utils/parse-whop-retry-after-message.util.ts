// The seconds a Whop 429 asks to wait, from its message ("Try again in 12 seconds."): what Whop
// says when its answer carries no Retry-After header. Null when the message does not say.
export const parseWhopRetryAfterMessage = (message: string): number | null => {
  const match = /try again in (\d+(?:\.\d+)?) seconds?/i.exec(message);

  return match ? Number(match[1]) : null;
};
