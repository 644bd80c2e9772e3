// The worker-thread entry point for the pool: piscina calls the default export with a batch of tasks.
import { parentPort, threadId } from 'node:worker_threads';
import { LOADED, markStarted, type Batch } from './batch.js';
import { runTask, type TaskResult } from './task.js';

// What the first article would otherwise load and pay for within its --timeout: the HTML parser, the
// gazetteer, the rules' patterns. A thread's start-up is not an article's time (see run.ts).
runTask({
  file: 'warm-up.html',
  bytes: Buffer.from('<html><head><title>Hội nghị</title></head><body><p>Ngày 21/11/2019, UBND huyện Đắk Hà tổ chức hội nghị tổng kết, hoàn thành 100% chỉ tiêu.</p></body></html>'),
  format: 'auto',
  maxBytes: 1 << 20,
  serialize: true,
});
parentPort?.postMessage({ [LOADED]: threadId });

export default function run({ tasks, started }: Batch): TaskResult[] {
  return tasks.map((task, i) => {
    markStarted(started, i + 1);
    return runTask(task);
  });
}
