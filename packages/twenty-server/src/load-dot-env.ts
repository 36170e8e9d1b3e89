import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { config } from 'dotenv';

// Reads the repository root's .env when there is one; real environment variables win.
export const loadDotEnv = (): void => {
  const path = join(__dirname, '..', '..', '..', '.env');

  if (existsSync(path)) {
    config({ path });
  }
};
