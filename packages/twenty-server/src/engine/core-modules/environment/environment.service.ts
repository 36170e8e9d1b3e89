import { Injectable } from '@nestjs/common';

import {
  type EnvironmentVariables,
  readEnvironmentVariables,
} from 'src/engine/core-modules/environment/environment-variables';

@Injectable()
export class EnvironmentService {
  private readonly variables: EnvironmentVariables = readEnvironmentVariables();

  get<K extends keyof EnvironmentVariables>(key: K): EnvironmentVariables[K] {
    return this.variables[key];
  }
}
