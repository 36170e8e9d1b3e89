import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import type { WhopSandboxOptions } from '../sandbox-options.type';
import type { SandboxHostCpu, SandboxHostReady } from './sandbox-host.process';

export type SandboxHost = {
  ready: SandboxHostReady;
  // The host process's CPU time so far (user + system), in milliseconds.
  cpuMs: () => Promise<number>;
  close: () => Promise<void>;
};

const nextMessage = <T extends { type: string }>(child: ChildProcess, type: T['type']) =>
  new Promise<T>((resolve, reject) => {
    const onMessage = (message: T) => {
      if (message.type !== type) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(message);
    };
    const onExit = (code: number | null) =>
      reject(new Error(`The sandbox host exited (code ${code}) before sending ${type}.`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });

// Forks sandbox-host.process.js next to this file and waits until its sandbox listens.
export const startSandboxHost = async (options: WhopSandboxOptions): Promise<SandboxHost> => {
  const child = fork(join(__dirname, 'sandbox-host.process.js'), [JSON.stringify(options)]);
  const ready = await nextMessage<SandboxHostReady>(child, 'ready');
  return {
    ready,
    cpuMs: async () => {
      const reply = nextMessage<SandboxHostCpu>(child, 'cpu');
      child.send('cpu');
      const { usage } = await reply;
      return (usage.user + usage.system) / 1000;
    },
    close: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.send('close');
      }),
  };
};
