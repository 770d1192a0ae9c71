/**
 * The index as JSON: built once (per city, at build time), shipped as a static file, loaded in the
 * browser. Loading checks the envelope with zod and reports a damaged or outdated file as issues
 * instead of throwing, so a portal can fall back (e.g. to server-side search) and say why.
 */
import { createIssue, type Locale, type ValidationIssue, type ValidationResult } from "@digitale-kommune/validators";
import MiniSearch from "minisearch";
import { z } from "zod";
import { type SearchIndexIssueCode, searchIndexMessages } from "./messages.js";
import {
  assembleIndex,
  bodyOptions,
  headOptions,
  INDEX_FORMAT,
  INDEX_VERSION,
  type SearchIndex,
  type StoredDocument,
} from "./search-index.js";

/** The index as a JSON string for `loadSearchIndex`. */
export function serializeSearchIndex(index: SearchIndex): string {
  return JSON.stringify({
    format: INDEX_FORMAT,
    version: INDEX_VERSION,
    excerptLength: index.excerptLength,
    documents: index.documents,
    learnedWords: index.learnedWords,
    synonyms: index.synonyms,
    head: index.head,
    body: index.body,
  });
}

const storedDocumentSchema = z.object({
  id: z.string(),
  title: z.string(),
  excerpt: z.string(),
  themenfeld: z.string().optional(),
  online: z.boolean().optional(),
  cities: z.array(z.string()).optional(),
});

// Only the envelope of MiniSearch's own format is checked here; MiniSearch reads the rest.
const miniSearchSchema = z.looseObject({
  documentCount: z.number().int().nonnegative(),
  nextId: z.number().int().nonnegative(),
  documentIds: z.record(z.string(), z.number()),
  fieldIds: z.record(z.string(), z.number()),
  fieldLength: z.record(z.string(), z.array(z.number())),
  averageFieldLength: z.array(z.number()),
  storedFields: z.record(z.string(), z.unknown()),
  index: z.custom<unknown[]>((value) => Array.isArray(value)),
  serializationVersion: z.number(),
});

/** MiniSearch's serialised form; the schema above checked its envelope, MiniSearch checks the rest. */
type MiniSearchPlainObject = Parameters<typeof MiniSearch.loadJS>[0];

const envelopeSchema = z.object({
  format: z.literal(INDEX_FORMAT),
  version: z.number(),
  excerptLength: z.number().int().nonnegative(),
  documents: z.array(storedDocumentSchema),
  learnedWords: z.array(z.string()),
  synonyms: z.record(z.string(), z.array(z.string())),
  head: miniSearchSchema,
  body: miniSearchSchema,
});

export interface LoadSearchIndexOptions {
  /** Language of the issue messages (default `"de"`). */
  locale?: Locale;
}

function issue(
  code: SearchIndexIssueCode,
  locale: Locale | undefined,
  path: (string | number)[] = [],
  params: Record<string, string | number> = {},
): ValidationIssue {
  return createIssue(code, searchIndexMessages, locale === undefined ? {} : { locale }, params, path);
}

function storedDocument(parsed: z.infer<typeof storedDocumentSchema>): StoredDocument {
  const document: StoredDocument = { id: parsed.id, title: parsed.title, excerpt: parsed.excerpt };
  if (parsed.themenfeld !== undefined) document.themenfeld = parsed.themenfeld;
  if (parsed.online !== undefined) document.online = parsed.online;
  if (parsed.cities !== undefined) document.cities = parsed.cities;
  return document;
}

/**
 * Each term of a serialised MiniSearch index with the number of documents containing it (in any field),
 * or undefined when the entries are not MiniSearch's `[term, { fieldId: { documentId: frequency } }]`.
 */
function vocabularyOf(entries: readonly unknown[]): Map<string, number> | undefined {
  const vocabulary = new Map<string, number>();
  for (const entry of entries) {
    if (!Array.isArray(entry) || typeof entry[0] !== "string") return undefined;
    const fields: unknown = entry[1];
    if (typeof fields !== "object" || fields === null) return undefined;
    const postings = Object.values(fields);
    if (postings.some((documents) => typeof documents !== "object" || documents === null)) return undefined;
    const count =
      postings.length === 1
        ? Object.keys(postings[0] as object).length
        : new Set(postings.flatMap((documents) => Object.keys(documents as object))).size;
    vocabulary.set(entry[0], count);
  }
  return vocabulary;
}

/** Loads an index serialised by `serializeSearchIndex`. */
export function loadSearchIndex(json: string, options: LoadSearchIndexOptions = {}): ValidationResult<SearchIndex> {
  const { locale } = options;
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, issues: [issue("invalid_json", locale)] };
  }
  const version = typeof data === "object" && data !== null ? (data as { version?: unknown }).version : undefined;
  if (typeof version === "number" && version !== INDEX_VERSION) {
    return {
      ok: false,
      issues: [issue("unsupported_version", locale, ["version"], { version, supported: INDEX_VERSION })],
    };
  }
  const parsed = envelopeSchema.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const path = (first?.path ?? []).map((key) => (typeof key === "symbol" ? String(key) : key));
    return { ok: false, issues: [issue("invalid_format", locale, path, { field: path.join(".") || "(root)" })] };
  }
  const envelope = parsed.data;
  for (const name of ["head", "body"] as const) {
    if (envelope[name].documentCount !== envelope.documents.length) {
      return {
        ok: false,
        issues: [issue("corrupt_index", locale, [name, "documentCount"], { field: `${name}.documentCount` })],
      };
    }
  }
  const vocabulary = vocabularyOf(envelope.head.index);
  if (vocabulary === undefined) {
    return { ok: false, issues: [issue("corrupt_index", locale, ["head", "index"], { field: "head.index" })] };
  }
  let head: MiniSearch;
  let body: MiniSearch;
  try {
    head = MiniSearch.loadJS(envelope.head as MiniSearchPlainObject, headOptions());
  } catch {
    return { ok: false, issues: [issue("corrupt_index", locale, ["head"], { field: "head" })] };
  }
  try {
    body = MiniSearch.loadJS(envelope.body as MiniSearchPlainObject, bodyOptions());
  } catch {
    return { ok: false, issues: [issue("corrupt_index", locale, ["body"], { field: "body" })] };
  }
  return {
    ok: true,
    value: assembleIndex({
      documents: envelope.documents.map(storedDocument),
      head,
      body,
      learnedWords: envelope.learnedWords,
      synonyms: envelope.synonyms,
      excerptLength: envelope.excerptLength,
      vocabulary,
    }),
  };
}
