/**
 * Dev only (added by the integration for `astro dev`): while the seeds have a problem, every page answers with
 * Astro's error overlay naming the files and the fix, instead of the last good site, which would hide that
 * an edit did not take. The next good save clears it and reloads the page.
 */
import type { MiddlewareHandler } from 'astro';
import { AstroError } from 'astro/errors';
import { currentDevProblem } from './dev-problems.ts';

export const onRequest: MiddlewareHandler = (_context, next) => {
  const problem = currentDevProblem();
  if (!problem) return next();
  const error = new AstroError(problem.message, problem.hint);
  error.name = 'SeedError';
  // The problem is in the seeds, not in this code: a stack trace would only point the editor here.
  error.stack = '';
  throw error;
};
