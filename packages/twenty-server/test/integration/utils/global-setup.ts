import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

import { applyTestEnvironment } from './test-environment';

// Jest runs global setup outside its module mapper, so it runs the built migrate command.
export default function globalSetup(): void {
  applyTestEnvironment();
  execFileSync(
    process.execPath,
    [join(__dirname, '..', '..', '..', 'dist', 'database', 'commands', 'migrate.command.js')],
    { env: process.env, stdio: 'inherit' },
  );
}
