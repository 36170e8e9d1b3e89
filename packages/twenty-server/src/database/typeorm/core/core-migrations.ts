import { InitCoreSchema1764288000000 } from 'src/database/typeorm/core/migrations/1764288000000-init-core-schema';

// Listed explicitly (not globbed) so the same list runs from TypeScript in tests and from dist/.
export const coreMigrations = [InitCoreSchema1764288000000];
