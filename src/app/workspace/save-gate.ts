/**
 * The page's saves of a workspace wait for the worker's save of a new import: the worker
 * writes the whole workspace after sending the data to the page (state/actions.ts importFiles),
 * and a state saved by the page before that would be overwritten by the import's defaults.
 */
let gate: Promise<unknown> = Promise.resolve();
let held = 0;

export function holdSavesUntil(done: Promise<unknown>): void {
  held++;
  gate = Promise.all([gate, done.catch(() => {})]).finally(() => { held--; });
}

/** Resolves when no import is being saved. */
export function savesOpen(): Promise<unknown> {
  return gate;
}

/** Whether an import is still being saved. */
export function savesHeld(): boolean {
  return held > 0;
}
