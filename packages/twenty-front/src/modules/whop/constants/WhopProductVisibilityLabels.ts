// Whop's product visibilities, as the Whop dashboard names them.
export const WHOP_PRODUCT_VISIBILITY_LABELS: Record<string, string> = {
  visible: 'Visible',
  hidden: 'Hidden',
  archived: 'Archived',
  quick_link: 'Quick link',
};
