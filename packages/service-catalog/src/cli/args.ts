/**
 * The command line: `<command> [--option value | --option=value]… [files…]`, with `--` ending the options.
 * Hand-written rather than `node:util` `parseArgs`, whose errors are English sentences without codes;
 * here every mistake is a coded issue in the caller's language.
 */
import { createIssue, type Locale, type MessageParams, type ValidationIssue } from "@digitale-kommune/validators";
import { cliMessages, type UsageErrorCode } from "./messages.js";

export const COMMANDS = ["validate", "build", "help"] as const;
export type Command = (typeof COMMANDS)[number];

export interface CliArguments {
  command: Command;
  /** `--help` or `-h` was given (with or without a command). */
  help: boolean;
  locale: Locale;
  base?: string;
  cities?: string;
  out?: string;
  /** Overlay files or folders. */
  files: string[];
}

export type ParseArgumentsResult =
  | { ok: true; value: CliArguments }
  | { ok: false; locale: Locale; error: ValidationIssue };

type ValueOption = "base" | "cities" | "out" | "lang";

const VALUE_OPTIONS: Readonly<Record<ValueOption, { commands: readonly Command[]; example: string }>> = {
  base: { commands: ["validate", "build"], example: "data/base/services.json" },
  cities: { commands: ["validate", "build"], example: "data/cities.json" },
  out: { commands: ["build"], example: "dist-catalog" },
  lang: { commands: ["validate", "build", "help"], example: "en" },
};

function isValueOption(name: string): name is ValueOption {
  return Object.hasOwn(VALUE_OPTIONS, name);
}

function isCommand(word: string): word is Command {
  return (COMMANDS as readonly string[]).includes(word);
}

/** `--lang` decides the language of every other message, so it is read before anything else. */
function languageOf(argv: readonly string[]): { locale: Locale } | { invalid: string } {
  for (const [index, argument] of argv.entries()) {
    if (argument === "--") break;
    const value = argument.startsWith("--lang=")
      ? argument.slice("--lang=".length)
      : argument === "--lang"
        ? argv[index + 1]
        : undefined;
    if (value === "de" || value === "en") return { locale: value };
    if (value !== undefined && !value.startsWith("-")) return { invalid: value };
  }
  return { locale: "de" };
}

export function parseArguments(argv: readonly string[]): ParseArgumentsResult {
  const language = languageOf(argv);
  const locale: Locale = "locale" in language ? language.locale : "de";
  const fail = (code: UsageErrorCode, params: MessageParams = {}): ParseArgumentsResult => ({
    ok: false,
    locale,
    error: createIssue(code, cliMessages, { locale }, params),
  });
  if ("invalid" in language) return fail("unknown_language", { value: language.invalid });

  let command: Command | undefined;
  let help = false;
  const values: Partial<Record<ValueOption, string>> = {};
  const positionals: string[] = [];
  let optionsEnded = false;

  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] as string;
    if (optionsEnded || !argument.startsWith("-") || argument === "-") {
      if (command === undefined) {
        if (!isCommand(argument)) return fail("unknown_command", { value: argument });
        command = argument;
      } else {
        positionals.push(argument);
      }
      continue;
    }
    if (argument === "--") {
      optionsEnded = true;
      continue;
    }
    if (argument === "--help" || argument === "-h") {
      help = true;
      continue;
    }
    const equals = argument.indexOf("=");
    const name = argument.slice(2, equals === -1 ? undefined : equals);
    const flag = `--${name}`;
    if (!argument.startsWith("--") || !isValueOption(name)) return fail("unknown_option", { value: argument });
    let value: string | undefined;
    if (equals === -1) {
      const next = argv[index + 1];
      if (next !== undefined && !next.startsWith("-")) {
        value = next;
        index++;
      }
    } else {
      value = argument.slice(equals + 1);
    }
    if (value === undefined || value === "") {
      return fail("missing_value", { value: flag, example: VALUE_OPTIONS[name].example });
    }
    if (values[name] !== undefined) return fail("repeated_option", { value: flag });
    values[name] = value;
  }

  if (command === undefined) {
    if (help) return { ok: true, value: { command: "help", help, locale, files: [] } };
    return fail("missing_command");
  }
  for (const name of Object.keys(values) as ValueOption[]) {
    if (!VALUE_OPTIONS[name].commands.includes(command)) {
      return fail("option_not_for_command", { value: `--${name}`, command });
    }
  }
  // `help validate` is a way of asking too; anything else after help is a typo worth pointing out.
  const unexpected = command === "help" ? positionals.find((word) => !isCommand(word)) : undefined;
  if (unexpected !== undefined) return fail("unexpected_argument", { value: unexpected, command });

  const result: CliArguments = { command, help, locale, files: command === "help" ? [] : positionals };
  if (values.base !== undefined) result.base = values.base;
  if (values.cities !== undefined) result.cities = values.cities;
  if (values.out !== undefined) result.out = values.out;
  return { ok: true, value: result };
}
