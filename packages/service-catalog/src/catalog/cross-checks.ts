/**
 * Checks across records and files: ids used twice, and references to services, offices and cities that
 * do not exist. They read the raw data leniently (only string ids count), so they run even when a file
 * has shape errors: an editor sees every problem at once. A reference into a file whose list cannot be
 * read at all is not checked, because every reference would look broken; the shape error says why.
 * An entry that has an id but other errors still counts as existing, for the same reason.
 */
import { createIssue, type MessageParams } from "@digitale-kommune/validators";
import { LEIKA_TYPEN_WITH_FIXED_TEXT, type LeikaTyp } from "../model/code-lists.js";
import { type CatalogIssueCode, catalogFieldNames, catalogMessages } from "../model/messages.js";
import { formatPath } from "./path.js";
import type { CatalogInput, CatalogIssue, CatalogSource, CreateCatalogOptions } from "./types.js";

type Path = (string | number)[];

interface Place {
  source: string;
  path: Path;
}

export function crossCheck(input: CatalogInput, options: CreateCatalogOptions = {}): CatalogIssue[] {
  const issues: CatalogIssue[] = [];
  const locale = options.locale ?? "de";
  const issueOptions = { locale, ...(options.messages ? { messages: options.messages } : {}) };
  const report = (place: Place, code: CatalogIssueCode, field: string, params: MessageParams = {}): void => {
    const fieldName = catalogFieldNames[locale][field] ?? field;
    const issue = createIssue(code, catalogMessages, issueOptions, { field: fieldName, ...params }, place.path);
    issues.push({ ...issue, source: place.source });
  };
  /** Remembers ids in `seen` and reports every later use of one as a duplicate. */
  const claim = (seen: Map<string, Place>, id: string, place: Place, field = "id"): void => {
    const first = seen.get(id);
    if (first) {
      report(place, "duplicate_id", field, { value: id, firstSource: first.source, firstPath: formatPath(first.path) });
    } else {
      seen.set(id, place);
    }
  };

  const overlays = input.overlays ?? [];
  const baseServices = listAt(input.base.data, "services");
  const cityList = listAt(input.cities.data, "cities");

  const serviceIds = new Map<string, Place>();
  const leikaTypen = new Map<string, LeikaTyp>();
  baseServices?.forEach((service, index) => {
    const id = stringAt(service, "id");
    const path = ["services", index];
    if (id !== undefined) claim(serviceIds, id, { source: input.base.source, path: [...path, "id"] });
    const typ = stringAt(service, "leikaTyp");
    if (id !== undefined && typ !== undefined) leikaTypen.set(id, typ as LeikaTyp);
    checkFeeIds(input.base, listAt(service, "fees"), [...path, "fees"], claim);
  });

  const cityIds = new Map<string, Place>();
  cityList?.forEach((city, index) => {
    const id = stringAt(city, "id");
    if (id !== undefined) claim(cityIds, id, { source: input.cities.source, path: ["cities", index, "id"] });
  });

  // Office ids are global: a responsibility names an office by id alone.
  const officeIds = new Map<string, Place>();
  const baseOfficeIds = new Set<string>();
  for (const file of [input.base, ...overlays]) {
    listAt(file.data, "offices")?.forEach((office, index) => {
      const id = stringAt(office, "id");
      if (id === undefined) return;
      claim(officeIds, id, { source: file.source, path: ["offices", index, "id"] });
      if (file === input.base) baseOfficeIds.add(id);
    });
  }

  const overlayCities = new Map<string, Place>();
  for (const overlay of overlays) {
    const cityId = stringAt(overlay.data, "city");
    if (cityId !== undefined) {
      const place = { source: overlay.source, path: ["city"] };
      if (cityList && !cityIds.has(cityId)) report(place, "unknown_city", "city", { value: cityId });
      const first = overlayCities.get(cityId);
      if (first) report(place, "duplicate_overlay", "city", { value: cityId, firstSource: first.source });
      else overlayCities.set(cityId, place);
    }

    const ownOfficeIds = new Set(
      (listAt(overlay.data, "offices") ?? []).flatMap((office) => stringAt(office, "id") ?? []),
    );
    const offeredIds = new Map<string, Place>();
    listAt(overlay.data, "services")?.forEach((entry, index) => {
      const path = ["services", index];
      const id = stringAt(entry, "id");
      if (id !== undefined) {
        const place = { source: overlay.source, path: [...path, "id"] };
        claim(offeredIds, id, place);
        if (baseServices && !serviceIds.has(id)) report(place, "unknown_service", "id", { value: id });
        checkTextOverride(overlay, entry, path, id, leikaTypen.get(id), report);
      }
      checkFeeIds(overlay, listAt(entry, "fees"), [...path, "fees"], claim);
      checkResponsibilities(overlay, listAt(entry, "responsibilities"), [...path, "responsibilities"], report, {
        known: (officeId) => ownOfficeIds.has(officeId) || baseOfficeIds.has(officeId),
        checkable: hasReadableList(input.base.data, "offices") && hasReadableList(overlay.data, "offices"),
      });
    });
  }
  return issues;
}

type Report = (place: Place, code: CatalogIssueCode, field: string, params?: MessageParams) => void;
type Claim = (seen: Map<string, Place>, id: string, place: Place, field?: string) => void;

/** Fee ids are unique within one list of fees, and add-on and reduction ids within their fee. */
function checkFeeIds(file: CatalogSource, fees: readonly unknown[] | undefined, path: Path, claim: Claim): void {
  const feeIds = new Map<string, Place>();
  fees?.forEach((fee, index) => {
    const id = stringAt(fee, "id");
    if (id !== undefined) claim(feeIds, id, { source: file.source, path: [...path, index, "id"] });
    for (const key of ["addOns", "reductions"]) {
      const seen = new Map<string, Place>();
      listAt(fee, key)?.forEach((part, partIndex) => {
        const partId = stringAt(part, "id");
        if (partId !== undefined)
          claim(seen, partId, { source: file.source, path: [...path, index, key, partIndex, "id"] });
      });
    }
  });
}

function checkResponsibilities(
  file: CatalogSource,
  responsibilities: readonly unknown[] | undefined,
  path: Path,
  report: Report,
  offices: { known: (officeId: string) => boolean; checkable: boolean },
): void {
  const seen = new Set<string>();
  responsibilities?.forEach((responsibility, index) => {
    const officeId = stringAt(responsibility, "officeId");
    if (officeId === undefined) return;
    const place = { source: file.source, path: [...path, index, "officeId"] };
    if (offices.checkable && !offices.known(officeId)) report(place, "unknown_office", "officeId", { value: officeId });
    const role = stringAt(responsibility, "role");
    if (role === undefined) return;
    const key = `${officeId}\u0000${role}`;
    if (seen.has(key))
      report({ ...place, path: [...path, index] }, "duplicate_responsibility", "responsibilities", { value: officeId });
    seen.add(key);
  });
}

/** Where Bund or Land write the Stammtext (LeiKa-Typ 1, 2, 3, 2/3), a city adds hints instead (reference §1.1). */
function checkTextOverride(
  file: CatalogSource,
  entry: unknown,
  path: Path,
  serviceId: string,
  typ: LeikaTyp | undefined,
  report: Report,
): void {
  if (typ === undefined || !LEIKA_TYPEN_WITH_FIXED_TEXT.includes(typ)) return;
  for (const key of ["shortText", "fullText"]) {
    if (isRecord(entry) && entry[key] !== undefined) {
      report({ source: file.source, path: [...path, key] }, "text_override_not_allowed", key, {
        value: serviceId,
        typ,
      });
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Whether the optional list at `key` can be read: absent, or a list. */
function hasReadableList(value: unknown, key: string): boolean {
  return isRecord(value) && (value[key] === undefined || Array.isArray(value[key]));
}

/** The list at `key`, or undefined when there is none to read. */
function listAt(value: unknown, key: string): readonly unknown[] | undefined {
  if (!isRecord(value)) return undefined;
  const list = value[key];
  return Array.isArray(list) ? list : undefined;
}

function stringAt(value: unknown, key: string): string | undefined {
  if (!isRecord(value)) return undefined;
  const text = value[key];
  return typeof text === "string" ? text : undefined;
}
