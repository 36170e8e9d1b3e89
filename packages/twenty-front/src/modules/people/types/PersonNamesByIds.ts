// The names of some people by their id, and whether they are still being read.
export type PersonNamesByIds = {
  personNames: Map<string, string>;
  loading: boolean;
};
