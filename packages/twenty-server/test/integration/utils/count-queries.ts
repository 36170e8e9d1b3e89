import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';

// Runs `work` and returns how many SQL statements TypeORM sent to PostgreSQL meanwhile
// (transaction control included).
export const countQueries = async (work: () => Promise<unknown>): Promise<number> => {
  const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');

  try {
    await work();

    return spy.mock.calls.length;
  } finally {
    spy.mockRestore();
  }
};
