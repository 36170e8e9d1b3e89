import { connect } from 'node:net';
import { type WhopSandbox, startWhopSandbox } from '../src/start-whop-sandbox';
import { control, mintApiKey } from './support/sandbox-client';

type Page = { data: { id: string }[]; page_info: { end_cursor: string | null } };

// List pages are encoded into pooled buffers: the bytes must be those of the page's JSON, and a
// buffer must not be reused while its response is still being sent.
describe('list response bodies', () => {
  let sandbox: WhopSandbox;
  let key: string;

  const fetchBytes = async (path: string) => {
    const response = await fetch(`${sandbox.url}/api/v1${path}`, {
      headers: { authorization: `Bearer ${key}` },
    });
    return { headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
  };

  // The first `count` pages of a list, read one after another: [path, bytes].
  const readPages = async (list: string, count: number): Promise<[string, Buffer][]> => {
    const pages: [string, Buffer][] = [];
    let path = `/${list}?first=100`;
    while (pages.length < count) {
      const { bytes } = await fetchBytes(path);
      pages.push([path, bytes]);
      const page = JSON.parse(bytes.toString('utf8')) as Page;
      path = `/${list}?first=100&after=${page.page_info.end_cursor}`;
    }
    return pages;
  };

  // A GET whose response is not read until `readAfterMs` has passed, so the server cannot hand the
  // whole body to the OS at once and still holds its buffer when the next requests are served.
  const slowReader = (path: string, readAfterMs: number) =>
    new Promise<Buffer>((resolve, reject) => {
      const socket = connect(sandbox.port, '127.0.0.1', () => {
        socket.pause();
        socket.write(
          `GET /api/v1${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${key}\r\nConnection: close\r\n\r\n`,
        );
        setTimeout(() => socket.resume(), readAfterMs);
      });
      const chunks: Buffer[] = [];
      socket.on('data', (chunk: Buffer) => chunks.push(chunk));
      socket.on('error', reject);
      socket.on('end', () => {
        const response = Buffer.concat(chunks);
        resolve(response.subarray(response.indexOf('\r\n\r\n') + 4));
      });
    });

  beforeAll(async () => {
    sandbox = await startWhopSandbox({ port: 0, seed: 5, members: 1200 });
    key = await mintApiKey(sandbox);
  });

  afterAll(() => sandbox.close());

  it("are the page's JSON, with the headers Fastify gives serialized JSON", async () => {
    const { headers, bytes } = await fetchBytes('/payments?first=100');
    expect(headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(Number(headers.get('content-length'))).toBe(bytes.length);
    const text = bytes.toString('utf8');
    const page = JSON.parse(text) as Page;
    expect(JSON.stringify(page)).toBe(text);
    expect(page.data.map((payment) => payment.id)).toEqual(
      sandbox.state.payments
        .all()
        .slice(-100)
        .map((payment) => payment.id)
        .reverse(),
    );
  });

  it('stay intact while a client is slow to read them', async () => {
    // Long names make the newest pages megabytes, more than the OS takes from a socket at once.
    const newest = sandbox.state.payments.all().slice(-200);
    for (const memberId of new Set(newest.map((payment) => payment.memberId)))
      await control(sandbox, 'PATCH', `/members/${memberId}`, {
        name: 'Иван Петров '.repeat(2_000),
      });
    const pages = await readPages('payments', 2);
    expect(pages.every(([, bytes]) => bytes.length > 2_000_000)).toBe(true);
    const served = await Promise.all(
      pages.map(([path], index) => slowReader(path, 50 + 20 * index)),
    );
    served.forEach((bytes, index) => expect(bytes.equals(pages[index][1])).toBe(true));
  });
});
