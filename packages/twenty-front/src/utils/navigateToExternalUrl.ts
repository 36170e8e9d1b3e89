// Leaves the app for another site (an OAuth consent page): a full page navigation, not a route.
export const navigateToExternalUrl = (url: string) => {
  window.location.assign(url);
};
