import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const SEED_COMMAND = join(
  __dirname,
  '..',
  '..',
  'dist',
  'database',
  'commands',
  'seed-demo-workspace.command.js',
);

// What `npm start` runs first, on every start: a command that closes its application at once.
describe('the demo seed command', () => {
  it('seeds the demo workspace once, then exits cleanly on every later start', async () => {
    const outputs: string[] = [];

    for (let start = 0; start < 6; start++) {
      const { stdout } = await promisify(execFile)(process.execPath, [SEED_COMMAND], {
        env: process.env,
      });

      outputs.push(stdout.trim());
    }

    expect(outputs[0]).toMatch(/^(Seeded the demo workspace|Demo workspace already seeded)/);
    expect(outputs.slice(1)).toEqual(Array(5).fill('Demo workspace already seeded'));
  }, 60_000);
});
