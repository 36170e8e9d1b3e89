// The sandbox's notion of "now". Tests advance it (POST /_sandbox/clock) to expire authorization
// codes and access tokens without waiting; everything else reads real time through it.
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
