import { describe, expect, it } from "vitest";
import { parseArguments } from "./args.js";

function parsed(argv: string[]) {
  const result = parseArguments(argv);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function errorOf(argv: string[]) {
  const result = parseArguments(argv);
  if (result.ok) throw new Error(`parsed: ${argv.join(" ")}`);
  return result;
}

describe("parseArguments", () => {
  it("reads a command, its options in both spellings and the overlay files", () => {
    expect(
      parsed(["build", "--base", "b.json", "--cities=c.json", "--out", "out", "x.json", "--lang", "en", "y"]),
    ).toEqual({
      command: "build",
      help: false,
      locale: "en",
      base: "b.json",
      cities: "c.json",
      out: "out",
      files: ["x.json", "y"],
    });
  });

  it("defaults to German and no paths", () => {
    expect(parsed(["validate"])).toEqual({ command: "validate", help: false, locale: "de", files: [] });
  });

  it("takes everything after -- as files", () => {
    expect(parsed(["validate", "--", "--odd.json", "-"]).files).toEqual(["--odd.json", "-"]);
  });

  it("understands --help and -h with or without a command", () => {
    expect(parsed(["--help"])).toMatchObject({ command: "help", help: true });
    expect(parsed(["-h", "--lang=en"])).toMatchObject({ command: "help", locale: "en" });
    expect(parsed(["validate", "-h"])).toMatchObject({ command: "validate", help: true });
    expect(parsed(["help", "build"])).toMatchObject({ command: "help", files: [] });
  });

  it.each([
    [[], "missing_command"],
    [["check"], "unknown_command"],
    [["validate", "--verbose"], "unknown_option"],
    [["validate", "-v"], "unknown_option"],
    [["validate", "--out", "x"], "option_not_for_command"],
    [["validate", "--base"], "missing_value"],
    [["validate", "--base", "--cities", "c.json"], "missing_value"],
    [["build", "--out="], "missing_value"],
    [["validate", "--base", "a", "--base=b"], "repeated_option"],
    [["validate", "--lang", "fr"], "unknown_language"],
    [["help", "me"], "unexpected_argument"],
  ])("reports %j as %s", (argv, code) => {
    expect(errorOf(argv).error.code).toBe(code);
  });

  it("words its errors in the language asked for, even when the error comes first", () => {
    expect(errorOf(["frobnicate", "--lang", "en"])).toMatchObject({
      locale: "en",
      error: { message: "Unknown command “frobnicate”. The commands are validate, build and help." },
    });
    expect(errorOf(["frobnicate"]).error.message).toBe(
      "Unbekannter Befehl „frobnicate“. Es gibt validate, build und help.",
    );
    expect(errorOf(["validate", "--out", "x"]).error.message).toBe(
      "Die Option „--out“ gibt es beim Befehl „validate“ nicht.",
    );
  });
});
