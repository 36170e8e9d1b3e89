import { randomId, randomToken } from '../ids/generate-id.util';

export type ApiKeyRecord = {
  id: string;
  key: string;
  name: string;
  companyId: string;
  permissions: string[];
  createdAt: number;
};

// Company API keys minted through the control API (Whop's dashboard equivalent).
export class ApiKeyStore {
  private readonly byKey = new Map<string, ApiKeyRecord>();

  create(
    input: { companyId: string; name: string; permissions: string[] },
    now: number,
  ): ApiKeyRecord {
    const record: ApiKeyRecord = {
      id: randomId('apik_'),
      key: randomToken(32),
      createdAt: now,
      ...input,
    };
    this.byKey.set(record.key, record);
    return record;
  }

  find(key: string): ApiKeyRecord | undefined {
    return this.byKey.get(key);
  }

  revoke(key: string): boolean {
    return this.byKey.delete(key);
  }

  revokeOutsideCompany(companyId: string): void {
    for (const [key, record] of this.byKey)
      if (record.companyId !== companyId) this.byKey.delete(key);
  }

  all(): ApiKeyRecord[] {
    return [...this.byKey.values()];
  }

  restore(records: readonly ApiKeyRecord[]): void {
    for (const record of records) this.byKey.set(record.key, record);
  }

  size(): number {
    return this.byKey.size;
  }
}
