// The minute of the hour a connection's scheduled check starts at: the same for a connection every
// time (it is read from its id), spread evenly over connections.
export const getWhopSyncMinuteOffset = (connectionId: string): number =>
  Number.parseInt(connectionId.replace(/-/g, '').slice(0, 8), 16) % 60;
