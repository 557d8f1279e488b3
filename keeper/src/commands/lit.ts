import type { Command } from "commander";

/** Registers the `lit` command group (being built: see the issue tracker). */
export function register(program: Command): void {
  void program;
}
