/** The `lit-oracle` program's own settings and error handling, shared by `./cli.ts` and `./cli-main.ts`. */
import { Command } from "commander";

export function baseProgram(): Command {
  return new Command()
    .name("lit-oracle")
    .description("Price feeds and cross-chain messages whose trust lives inside Lit Actions")
    .showHelpAfterError()
    .configureOutput({ outputError: (str, write) => write(str) });
}

export async function runProgram(program: Command, argv: string[]): Promise<void> {
  try {
    await program.parseAsync(argv);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`error: ${message}\n`);
    process.exitCode = process.exitCode && process.exitCode !== 0 ? process.exitCode : 1;
  }
}
