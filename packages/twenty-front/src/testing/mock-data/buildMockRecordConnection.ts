// A record connection (edges, pageInfo, totalCount) as the record API returns it.
export const buildMockRecordConnection = <TNode extends { id: string }>(
  typename: string,
  nodes: TNode[],
  {
    hasNextPage = false,
    totalCount = nodes.length,
  }: { hasNextPage?: boolean; totalCount?: number } = {},
) => ({
  __typename: `${typename}Connection`,
  edges: nodes.map((node) => ({
    __typename: `${typename}Edge`,
    cursor: `cursor-${node.id}`,
    node,
  })),
  pageInfo: {
    __typename: 'PageInfo',
    hasNextPage,
    endCursor: nodes.length > 0 ? `cursor-${nodes[nodes.length - 1].id}` : null,
  },
  totalCount,
});
