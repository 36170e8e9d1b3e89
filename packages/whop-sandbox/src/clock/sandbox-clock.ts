// The sandbox's notion of "now": Whop's clock. Tests move it (POST /_sandbox/clock) to expire
// authorization codes and access tokens without waiting, or to set Whop's clock apart from the
// integration's; tokens, records changed through the control API and webhooks, and every answer's
// Date header read it (rate limits and webhook retries keep real time).
export type SandboxClock = {
  now: () => number;
  advance: (milliseconds: number) => void;
  offsetMs: () => number;
};

export const createSandboxClock = (): SandboxClock => {
  let offset = 0;

  return {
    now: () => Date.now() + offset,
    advance: (milliseconds) => {
      offset += milliseconds;
    },
    offsetMs: () => offset,
  };
};
