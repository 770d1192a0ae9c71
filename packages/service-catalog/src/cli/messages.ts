import type { Locale, MessageCatalog } from "@digitale-kommune/validators";
import type { JsonSyntaxReason } from "./json-source.js";

/** Problems with a data file itself, reported like the catalogue's issues (exit code 1). */
export type FileIssueCode = "invalid_json" | "invalid_encoding" | "file_too_large";

/** Problems with the call: arguments, missing or unreadable files, the output folder (exit code 2). */
export type UsageErrorCode =
  | "missing_command"
  | "unknown_command"
  | "unknown_option"
  | "option_not_for_command"
  | "missing_value"
  | "repeated_option"
  | "unknown_language"
  | "unexpected_argument"
  | "file_not_found"
  | "not_a_file"
  | "unreadable_file"
  | "empty_directory"
  | "write_failed"
  | "internal_error";

export type CliMessageCode = FileIssueCode | UsageErrorCode | `json_${JsonSyntaxReason}`;

export const cliMessages: MessageCatalog<CliMessageCode> = {
  de: {
    invalid_json: "Kein gültiges JSON (Zeile {line}, Spalte {column}): {reason}",
    invalid_encoding:
      "Die Datei ist nicht in UTF-8 gespeichert (Umlaute werden sonst falsch gelesen). Bitte speichern Sie sie im Editor als UTF-8.",
    file_too_large: "Die Datei ist größer als {limit} MB; so große Katalogdateien werden nicht gelesen.",
    json_unexpected_end: "Die Datei endet mitten im JSON. Fehlt eine schließende Klammer „}“ oder „]“?",
    json_unexpected_character: "Unerwartetes Zeichen „{character}“.",
    json_missing_comma: "Vor „{character}“ fehlt ein Komma.",
    json_trailing_comma: "Nach dem letzten Eintrag darf kein Komma stehen.",
    json_comment: "Kommentare sind in JSON nicht erlaubt.",
    json_unterminated_string: 'Die Zeichenkette wird nicht mit „"“ geschlossen.',
    json_control_character:
      'Zeilenumbruch oder Steuerzeichen in einer Zeichenkette. Fehlt das schließende „"“? Einen Zeilenumbruch im Text schreiben Sie als \\n.',
    json_invalid_escape: "Ungültige Escape-Sequenz. Ein „\\“ im Text wird als „\\\\“ geschrieben.",
    json_invalid_number: "Ungültige Zahl. Zahlen stehen ohne führende Null und mit Punkt statt Komma, z. B. 12.5.",
    missing_command: "Bitte geben Sie einen Befehl an: validate, build oder help.",
    unknown_command: "Unbekannter Befehl „{value}“. Es gibt validate, build und help.",
    unknown_option: "Unbekannte Option „{value}“.",
    option_not_for_command: "Die Option „{value}“ gibt es beim Befehl „{command}“ nicht.",
    missing_value: "Bei der Option „{value}“ fehlt der Wert, z. B. „{value} {example}“.",
    repeated_option: "Die Option „{value}“ ist mehrfach angegeben.",
    unknown_language: "Unbekannte Sprache „{value}“. Möglich sind de und en.",
    unexpected_argument: "Der Befehl „{command}“ erwartet keine weiteren Angaben („{value}“).",
    file_not_found: "„{value}“ gibt es nicht (gesucht in {cwd}).",
    not_a_file: "„{value}“ ist ein Ordner; erwartet wird eine JSON-Datei.",
    unreadable_file: "„{value}“ kann nicht gelesen werden ({detail}).",
    empty_directory: "Im Ordner „{value}“ gibt es keine JSON-Dateien.",
    write_failed: "„{value}“ kann nicht geschrieben werden ({detail}).",
    internal_error: "Unerwarteter Fehler: {detail}. Bitte melden Sie ihn zusammen mit dem Aufruf.",
  },
  en: {
    invalid_json: "Not valid JSON (line {line}, column {column}): {reason}",
    invalid_encoding:
      "The file is not saved as UTF-8 (umlauts would be misread). Please save it as UTF-8 in your editor.",
    file_too_large: "The file is larger than {limit} MB; catalogue files this large are not read.",
    json_unexpected_end: "The file ends in the middle of the JSON. Is a closing “}” or “]” missing?",
    json_unexpected_character: "Unexpected character “{character}”.",
    json_missing_comma: "A comma is missing before “{character}”.",
    json_trailing_comma: "No comma is allowed after the last entry.",
    json_comment: "Comments are not allowed in JSON.",
    json_unterminated_string: 'The string is not closed with “"”.',
    json_control_character:
      'Line break or control character inside a string. Is the closing “"” missing? Write a line break in a text as \\n.',
    json_invalid_escape: "Invalid escape sequence. Write a “\\” in a text as “\\\\”.",
    json_invalid_number: "Invalid number. Numbers have no leading zero and use a point, not a comma, e.g. 12.5.",
    missing_command: "Please give a command: validate, build or help.",
    unknown_command: "Unknown command “{value}”. The commands are validate, build and help.",
    unknown_option: "Unknown option “{value}”.",
    option_not_for_command: "The command “{command}” has no option “{value}”.",
    missing_value: "The option “{value}” needs a value, e.g. “{value} {example}”.",
    repeated_option: "The option “{value}” is given more than once.",
    unknown_language: "Unknown language “{value}”. Use de or en.",
    unexpected_argument: "The command “{command}” takes no further arguments (“{value}”).",
    file_not_found: "“{value}” does not exist (looked in {cwd}).",
    not_a_file: "“{value}” is a folder; a JSON file is expected.",
    unreadable_file: "“{value}” cannot be read ({detail}).",
    empty_directory: "The folder “{value}” holds no JSON files.",
    write_failed: "“{value}” cannot be written ({detail}).",
    internal_error: "Unexpected error: {detail}. Please report it together with the command line.",
  },
};

const plural = (count: number, one: string, other: string) => `${count} ${count === 1 ? one : other}`;

/** The texts of the CLI that are not issues: summaries, the build report, the help. */
export const cliTexts = {
  de: {
    invalidSummary: (issues: number, files: number) =>
      `${plural(issues, "Fehler", "Fehler")} in ${plural(files, "Datei", "Dateien")}`,
    validSummary: (services: number, cities: number) =>
      `Katalog gültig: ${plural(services, "Leistung", "Leistungen")}, ${plural(cities, "Stadt", "Städte")}`,
    nothingWritten: "Nichts geschrieben.",
    writtenTo: (directory: string) => `Geschrieben nach ${directory}:`,
    writtenTotal: (files: number, size: string) => `${plural(files, "Datei", "Dateien")}, zusammen ${size}`,
    helpHint: "Hilfe: service-catalog --help",
    help: `service-catalog – den Leistungskatalog prüfen und bauen

Aufruf:
  service-catalog validate [Optionen] [Ergänzungen …]
  service-catalog build [--out <Ordner>] [Optionen] [Ergänzungen …]
  service-catalog help

Befehle:
  validate   Prüft Basiskatalog, Städte und städtische Ergänzungen zusammen und nennt jeden Fehler
             mit Datei, Zeile, Spalte und Feld.
  build      Prüft wie validate und schreibt dann catalog.json (den geprüften, zusammengeführten
             Katalog), search-index.json (Suchindex aller Leistungen), search-index.<stadt>.json
             (je Stadt) und schema/*.schema.json. Bei Fehlern wird nichts geschrieben.
  help       Zeigt diese Hilfe.

Optionen:
  --base <Datei>     Basiskatalog (Standard: data/base/services.json)
  --cities <Datei>   Städte (Standard: data/cities.json)
  --out <Ordner>     Zielordner von build (Standard: dist-catalog)
  --lang <de|en>     Sprache der Meldungen (Standard: de)
  -h, --help         Zeigt diese Hilfe.

Ergänzungen sind Dateien oder Ordner mit JSON-Dateien; ohne Angabe gelten alle data/overlays/*.json.
Pfade gelten relativ zum aktuellen Ordner.

Rückgabewert: 0 Daten gültig, 1 Fehler in den Daten, 2 falscher Aufruf oder Datei nicht lesbar.

Beispiele:
  service-catalog validate
  service-catalog validate data/overlays/fulda.json
  service-catalog build --out public/katalog`,
  },
  en: {
    invalidSummary: (issues: number, files: number) =>
      `${plural(issues, "error", "errors")} in ${plural(files, "file", "files")}`,
    validSummary: (services: number, cities: number) =>
      `Catalogue valid: ${plural(services, "service", "services")}, ${plural(cities, "city", "cities")}`,
    nothingWritten: "Nothing written.",
    writtenTo: (directory: string) => `Written to ${directory}:`,
    writtenTotal: (files: number, size: string) => `${plural(files, "file", "files")}, ${size} in total`,
    helpHint: "Help: service-catalog --help",
    help: `service-catalog – check and build the service catalogue

Usage:
  service-catalog validate [options] [overlays …]
  service-catalog build [--out <folder>] [options] [overlays …]
  service-catalog help

Commands:
  validate   Checks the base catalogue, the cities and the city overlays together and names every
             error with file, line, column and field.
  build      Checks like validate, then writes catalog.json (the checked, merged catalogue),
             search-index.json (search index of all services), search-index.<city>.json (one per
             city) and schema/*.schema.json. Nothing is written when there are errors.
  help       Shows this help.

Options:
  --base <file>      Base catalogue (default: data/base/services.json)
  --cities <file>    Cities (default: data/cities.json)
  --out <folder>     Output folder of build (default: dist-catalog)
  --lang <de|en>     Language of the messages (default: de)
  -h, --help         Shows this help.

Overlays are files or folders of JSON files; without any, all data/overlays/*.json are used.
Paths are relative to the current folder.

Exit code: 0 data valid, 1 errors in the data, 2 wrong usage or a file cannot be read.

Examples:
  service-catalog validate
  service-catalog validate data/overlays/fulda.json
  service-catalog build --out public/catalog`,
  },
} satisfies Record<Locale, unknown>;
