// The worker-thread entry point for the pool: piscina calls the default export with one task or a batch.
import { runTask, type Task, type TaskResult } from './task.js';

export default function run(work: Task | Task[]): TaskResult | TaskResult[] {
  return Array.isArray(work) ? work.map(runTask) : runTask(work);
}
