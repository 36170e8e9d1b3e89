// How many task or note targets of one record are read: the sync links a handful per membership.
export const ACTIVITY_TARGETS_PAGE_SIZE = 100;
