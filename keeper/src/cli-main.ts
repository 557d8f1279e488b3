/**
 * What `bin/lit-oracle.js` runs. A command whose module is known is parsed by a program that
 * registers only that module, so `lit-oracle keeper` never loads the emulator, esbuild or the
 * simulator the other commands need (the keeper process's memory, docs/operate.md); anything else
 * (`--help`, an unknown name) gets the full program of `./cli.ts`.
 */
import type { Command } from "commander";
import { baseProgram, runProgram } from "./program.ts";

type Register = (program: Command) => void;

/** Top-level command name → the module that registers it. */
const MODULES: Record<string, () => Promise<Register>> = {
  dev: async () => (await import("./commands/keeper.ts")).register,
  keeper: async () => (await import("./commands/keeper.ts")).register,
  push: async () => (await import("./commands/keeper.ts")).register,
  deploy: async () => (await import("./commands/deploy.ts")).register,
  action: async () => (await import("./commands/action.ts")).register,
  lit: async () => (await import("./commands/lit.ts")).register,
  chipotle: async () => (await import("./commands/chipotle.ts")).register,
  relay: async () => (await import("./commands/relay.ts")).register,
  rotate: async () => (await import("./commands/rotate.ts")).register,
  sim: async () => (await import("./commands/serve.ts")).registerSim,
};

export async function main(argv: string[]): Promise<void> {
  const name = argv[2];
  const load = name !== undefined && Object.hasOwn(MODULES, name) ? MODULES[name] : undefined;
  let program: Command;
  if (load) {
    program = baseProgram();
    (await load())(program);
  } else {
    program = (await import("./cli.ts")).buildProgram();
  }
  await runProgram(program, argv);
}
