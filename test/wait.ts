/**
 * Waiting on events in tests, never on the clock: `until` polls a condition until it holds, with no
 * deadline of its own (vitest's testTimeout is the hang guard), so its verdict does not depend on the
 * machine's speed. Use it where the code under test offers no promise or event to await.
 */

/** Poll period, ms: how often the condition is re-checked (not a limit). */
export const UNTIL_POLL_MS = 5;

export async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
  for (;;) {
    if (await condition()) return;
    await new Promise((r) => setTimeout(r, UNTIL_POLL_MS));
  }
}

/** Like `until`, for a value: resolves with the first defined result of `probe` (errors count as "not yet"). */
export async function eventually<T>(probe: () => Promise<T | undefined> | T | undefined): Promise<T> {
  for (;;) {
    const value = await Promise.resolve()
      .then(probe)
      .catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, UNTIL_POLL_MS));
  }
}

/**
 * The Lit action timeout for tests whose subject is not the timeout, ms: a hang guard far above any
 * honest run on a loaded machine (Naga's real 30 s limit failed `hostile-caller` at load 40), below
 * vitest's 600 s test guard so a real hang still reports Lit's own error.
 */
export const LIT_HANG_GUARD_MS = 300_000;
