import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * A command's arguments, parsed by node:util. `--help` prints the usage and exits 0; an unknown
 * option, or one without its value, is named and followed by the usage (exit 2), never a stack trace.
 */
export function parseCliArgs<const O extends Options>(argv: string[], options: O, usage: string) {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(usage);
    process.exit(0);
  }
  try {
    return parseArgs({ args: argv, allowPositionals: true, options });
  } catch (e) {
    // Node's message goes on with a hint about positionals that does not apply to these commands.
    console.error(`${(e as Error).message.split('. ')[0]}.\n${usage}`);
    process.exit(2);
  }
}
