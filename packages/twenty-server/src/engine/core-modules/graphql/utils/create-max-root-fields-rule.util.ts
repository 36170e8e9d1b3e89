import {
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

// What one request may ask for at its top level, aliases included: each record query reads up to
// 200 records with up to 1,000 filter conditions, so a request of thousands of aliased queries
// would hold the database and the server's memory for as long as it liked. The UI asks for one or
// two at a time.
export const MAX_ROOT_FIELDS_PER_OPERATION = 20;

const countRootFields = (
  selectionSet: SelectionSetNode,
  context: ValidationContext,
  seenFragments: Set<string>,
): number =>
  selectionSet.selections.reduce((count, selection) => {
    if (selection.kind === Kind.FIELD) return count + 1;
    if (selection.kind === Kind.INLINE_FRAGMENT)
      return count + countRootFields(selection.selectionSet, context, seenFragments);
    const name = selection.name.value;
    const fragment = context.getFragment(name);

    if (!fragment || seenFragments.has(name)) return count;
    seenFragments.add(name);

    return count + countRootFields(fragment.selectionSet, context, seenFragments);
  }, 0);

export const createMaxRootFieldsRule =
  (maxRootFields: number): ValidationRule =>
  (context) => ({
    OperationDefinition(operation) {
      const count = countRootFields(operation.selectionSet, context, new Set());

      if (count > maxRootFields) {
        context.reportError(
          new GraphQLError(
            `This request asks for ${count} top-level fields; at most ${maxRootFields} are allowed in one request.`,
            { nodes: [operation] },
          ),
        );
      }
    },
  });
