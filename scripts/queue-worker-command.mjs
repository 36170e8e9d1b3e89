// How the queue worker is started, by `npm start` and the benchmark (and by `npm run start:worker -w
// twenty-server`, which repeats the flag): its V8 old generation is capped, so a long sync's garbage
// is collected as it goes instead of growing the process. A full sync keeps well under 100 MB alive;
// without a cap V8 lets the heap reach several hundred MB before it collects.
export const QUEUE_WORKER_NODE_FLAGS = ['--max-old-space-size=160'];

export const QUEUE_WORKER_ENTRY = 'packages/twenty-server/dist/queue-worker/queue-worker.js';
