import { Global, Module } from '@nestjs/common';

import { EnvironmentService } from 'src/engine/core-modules/environment/environment.service';

@Global()
@Module({
  providers: [EnvironmentService],
  exports: [EnvironmentService],
})
export class EnvironmentModule {}
