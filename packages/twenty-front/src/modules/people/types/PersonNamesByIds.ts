// The names of some people by their id, and whether a person's name is still being read.
export type PersonNamesByIds = {
  personNames: Map<string, string>;
  isNameLoading: (personId: string) => boolean;
};
