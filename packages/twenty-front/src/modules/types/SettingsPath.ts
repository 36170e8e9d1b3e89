export const SettingsPath = {
  General: 'general',
  Integrations: 'integrations',
  WhopIntegration: 'integrations/whop',
} as const;
