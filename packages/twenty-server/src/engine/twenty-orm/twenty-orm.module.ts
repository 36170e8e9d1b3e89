import { Global, Module } from '@nestjs/common';

import { GlobalWorkspaceOrmManager } from 'src/engine/twenty-orm/global-workspace-orm.manager';

@Global()
@Module({
  providers: [GlobalWorkspaceOrmManager],
  exports: [GlobalWorkspaceOrmManager],
})
export class TwentyOrmModule {}
