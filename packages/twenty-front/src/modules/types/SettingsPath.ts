export const SettingsPath = {
  General: 'general',
  Integrations: 'integrations',
} as const;
