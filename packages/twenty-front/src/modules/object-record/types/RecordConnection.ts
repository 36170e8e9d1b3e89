export type RecordEdge<TNode> = {
  cursor: string;
  node: TNode;
};

export type RecordConnection<TNode> = {
  edges: RecordEdge<TNode>[];
  pageInfo: {
    hasNextPage: boolean;
    endCursor: string | null;
  };
  totalCount: number;
};
