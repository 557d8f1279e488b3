/**
 * The `lit-oracle` command line. Each command group lives in its own module under `./commands/`,
 * exporting `register(program)`; this file only assembles them.
 */
import type { Command } from "commander";
import { baseProgram, runProgram } from "./program.ts";
import { register as registerAction } from "./commands/action.ts";
import { register as registerDeploy } from "./commands/deploy.ts";
import { register as registerKeeper } from "./commands/keeper.ts";
import { register as registerLit } from "./commands/lit.ts";
import { register as registerChipotle } from "./commands/chipotle.ts";
import { register as registerRelay } from "./commands/relay.ts";
import { register as registerRotate } from "./commands/rotate.ts";
import { registerSim } from "./commands/serve.ts";
import { register as registerSend } from "./commands/send.ts";

export function buildProgram(): Command {
  const program = baseProgram();
  registerKeeper(program);
  registerDeploy(program);
  registerAction(program);
  registerLit(program);
  registerChipotle(program);
  registerRelay(program);
  registerRotate(program);
  registerSim(program);
  registerSend(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  await runProgram(buildProgram(), argv);
}
