// How many records a run has written before its rate (records per second since it started) is
// shown and the time left estimated from it. Before, the rate mostly measures the first steps,
// which read few records (the company, its products and plans), and it is rounded to a whole
// number: 1 record/s early on can stand for a run going at 100. Two full pages (100 records each)
// of the larger steps are a fair sample.
export const WHOP_SYNC_ESTIMATE_MIN_RECORDS = 200;
