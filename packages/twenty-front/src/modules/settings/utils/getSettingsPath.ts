import { AppPath } from '@/types/AppPath';
import { SettingsPath } from '@/types/SettingsPath';

type SettingsPathValue = (typeof SettingsPath)[keyof typeof SettingsPath];

export const getSettingsPath = (settingsPath: SettingsPathValue) =>
  `${AppPath.Settings}/${settingsPath}`;
