import { WhopRecordIdCache } from 'src/modules/whop/services/apply/whop-record-id-cache';

describe('WhopRecordIdCache', () => {
  it('makes what a page found known to later pages once the page commits', () => {
    const cache = new WhopRecordIdCache();
    const page = cache.startPage();

    page.set('user_1', 'person-1');

    expect(page.get('user_1')).toBe('person-1');
    expect(cache.startPage().get('user_1')).toBeUndefined();

    page.commit();

    expect(cache.startPage().get('user_1')).toBe('person-1');
  });

  it('forgets what a page that never committed found', () => {
    const cache = new WhopRecordIdCache();

    cache.startPage().set('user_1', 'person-1');

    expect(cache.startPage().get('user_1')).toBeUndefined();
  });

  it('forgets everything when cleared', () => {
    const cache = new WhopRecordIdCache();
    const page = cache.startPage();

    page.set('user_1', 'person-1');
    page.commit();
    cache.clear();

    expect(cache.startPage().get('user_1')).toBeUndefined();
  });
});
