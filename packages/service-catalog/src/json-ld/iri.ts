/**
 * `@id`s of the nodes this folder emits. A service page that embeds both its service and the responsible
 * office links them through the same `@id`, so both functions must agree on how an office is named.
 */

/** Builds the `@id` of an office from its slug id. */
export type OfficeIri = (officeId: string) => string;

/**
 * The default: a fragment, `#office-<id>`, resolved against the page that embeds the JSON-LD. Apps that
 * describe offices on their own pages pass absolute IRIs instead (`https://…/dienststellen/<id>#office`),
 * so the same office has the same `@id` everywhere.
 */
export const defaultOfficeIri: OfficeIri = (officeId) => `#office-${officeId}`;
