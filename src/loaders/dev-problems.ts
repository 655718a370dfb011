/**
 * The seeds' current problem in `npm run dev`, shared by the content loader (which finds it), the dev
 * middleware (which shows it in place of every page) and the integration (which reloads open pages when it
 * appears or clears). They are loaded as separate module instances (the config, the content layer, Vite's
 * SSR runner) in one process, so the state lives on globalThis under a registered symbol.
 */

/** A problem to show: the message listing every bad file, and what to do. */
export interface DevProblem {
  message: string;
  hint: string;
}

interface State {
  problem: DevProblem | null;
  listeners: Set<(problem: DevProblem | null) => void>;
}

const KEY = Symbol.for('factcheck.devProblem');

function state(): State {
  const g = globalThis as unknown as Record<symbol, State | undefined>;
  return (g[KEY] ??= { problem: null, listeners: new Set() });
}

/** The problem the seeds have now, or null when the last load succeeded. */
export function currentDevProblem(): DevProblem | null {
  return state().problem;
}

/** Records the seeds' problem (null: fixed). Returns true when it changed, so callers report each change once. */
export function setDevProblem(problem: DevProblem | null): boolean {
  const s = state();
  if ((s.problem?.message ?? null) === (problem?.message ?? null)) return false;
  s.problem = problem;
  for (const listener of s.listeners) listener(problem);
  return true;
}

/** Calls `listener` on every change; returns a function that stops it. */
export function onDevProblem(listener: (problem: DevProblem | null) => void): () => void {
  state().listeners.add(listener);
  return () => state().listeners.delete(listener);
}
