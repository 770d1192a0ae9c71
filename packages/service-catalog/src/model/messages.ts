import type { Locale, MessageCatalog } from "@digitale-kommune/validators";

/**
 * Codes of the catalogue's own checks. Shape errors found by zod itself (a missing field, a wrong type,
 * an unknown key) keep zod's codes (`invalid_type`, `unrecognized_keys`, …), as `issuesFromZodError` does;
 * identifier checks keep the codes of the validators they use (`postleitzahl`, `ags`, `ars`, …).
 */
export type CatalogIssueCode =
  | "invalid_slug"
  | "empty_text"
  | "text_line_break"
  | "markdown_html"
  | "markdown_heading_level"
  | "markdown_image"
  | "markdown_code_block"
  | "markdown_blockquote"
  | "markdown_link_scheme"
  | "not_canonical"
  | "invalid_date"
  | "invalid_phone"
  | "invalid_ozg_id"
  | "provenance_required"
  | "amount_range_order"
  | "age_range_order"
  | "age_tiers_overlap"
  | "date_range_order"
  | "link_target"
  | "landkreis_required"
  | "landkreis_not_allowed"
  | "ars_ags_mismatch"
  | "duplicate_id"
  | "unknown_service"
  | "unknown_office"
  | "unknown_city"
  | "duplicate_overlay"
  | "duplicate_responsibility"
  | "text_override_not_allowed";

/**
 * Messages of the catalogue's own checks. `{field}` names the field (see `catalogFieldNames`); the other
 * placeholders quote the data, so an editor can find the spot without reading the path.
 */
export const catalogMessages: MessageCatalog<CatalogIssueCode> = {
  de: {
    invalid_slug:
      "{field}: „{value}“ ist keine gültige Kennung. Erlaubt sind Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche, z. B. „personalausweis-beantragen“.",
    empty_text: "{field}: Bitte geben Sie einen Text ein.",
    text_line_break: "{field} muss in einer Zeile stehen (ohne Zeilenumbruch).",
    markdown_html: "{field}: HTML ist nicht erlaubt („{value}“ in Zeile {line}). Bitte schreiben Sie Markdown.",
    markdown_heading_level:
      "{field}: Überschriften der Ebene {level} sind nicht erlaubt (Zeile {line}). Erlaubt sind „##“ bis „####“.",
    markdown_image: "{field}: Bilder sind nicht erlaubt (Zeile {line}).",
    markdown_code_block: "{field}: Codeblöcke sind nicht erlaubt (Zeile {line}).",
    markdown_blockquote: "{field}: Zitatblöcke („>“) sind nicht erlaubt (Zeile {line}).",
    markdown_link_scheme:
      "{field}: Das Linkziel „{value}“ ist nicht erlaubt (Zeile {line}). Erlaubt sind Adressen mit https:, http:, mailto: und tel:.",
    not_canonical: "{field}: Bitte schreiben Sie „{expected}“ (ohne Leerzeichen).",
    invalid_date: "{field}: „{value}“ ist kein gültiges Datum. Erwartet wird JJJJ-MM-TT, z. B. 2026-02-07.",
    invalid_phone:
      "{field}: „{value}“ ist keine Telefonnummer. Erlaubt sind Ziffern, Leerzeichen und + - / ( ), z. B. „0661 102-1111“.",
    invalid_ozg_id: "{field}: „{value}“ ist keine OZG-ID. Eine OZG-ID besteht aus 1 bis 6 Ziffern, z. B. 10169.",
    provenance_required:
      "{field}: Bitte geben Sie die Quelle unter „provenance.{key}“ an. Schlüssel werden nur mit nachprüfbarer Quelle aufgenommen.",
    amount_range_order:
      "{field}: Der Höchstbetrag ({maxAmount} Cent) ist kleiner als der Mindestbetrag ({minAmount} Cent).",
    age_range_order: "{field}: Das Höchstalter {maxAge} liegt unter dem Mindestalter {minAge}.",
    age_tiers_overlap: "{field}: Die Altersstufe {value} überschneidet sich mit der Altersstufe {other}.",
    date_range_order: "{field}: Das Enddatum {value} liegt vor dem Beginn {other}.",
    link_target:
      "{field}: Bitte geben Sie genau eins an: eine Adresse („url“) oder ein Formular dieses Portals („formId“).",
    landkreis_required: "{field}: Bitte geben Sie den Landkreis an; nur kreisfreie Städte gehören zu keinem Landkreis.",
    landkreis_not_allowed: "{field}: Eine kreisfreie Stadt gehört zu keinem Landkreis.",
    ars_ags_mismatch: "{field}: Der Regionalschlüssel {value} passt nicht zum Gemeindeschlüssel {other}.",
    duplicate_id: "{field}: Die Kennung „{value}“ ist mehrfach vergeben (zuerst in {firstSource} unter {firstPath}).",
    unknown_service: "{field}: Im Basiskatalog gibt es keine Leistung „{value}“.",
    unknown_office:
      "{field}: Es gibt keine Dienststelle „{value}“, weder im Basiskatalog noch in der Datei dieser Stadt.",
    unknown_city: "{field}: In der Städteliste gibt es keine Stadt „{value}“.",
    duplicate_overlay: "{field}: Für die Stadt „{value}“ gibt es schon eine Datei ({firstSource}).",
    duplicate_responsibility:
      "{field}: Die Dienststelle „{value}“ steht mit derselben Rolle mehrfach bei dieser Leistung.",
    text_override_not_allowed:
      "{field}: Die Leistung „{value}“ hat den LeiKa-Typ {typ}: Bund oder Land regeln den Stammtext. Ergänzen Sie örtliche Hinweise unter „hint“.",
  },
  en: {
    invalid_slug:
      "{field}: “{value}” is not a valid id. Use lower-case letters a–z, digits and single hyphens, e.g. “personalausweis-beantragen”.",
    empty_text: "{field}: enter a text.",
    text_line_break: "{field} must be a single line (no line break).",
    markdown_html: "{field}: HTML is not allowed (“{value}” on line {line}). Write Markdown instead.",
    markdown_heading_level: "{field}: level {level} headings are not allowed (line {line}). Use “##” to “####”.",
    markdown_image: "{field}: images are not allowed (line {line}).",
    markdown_code_block: "{field}: code blocks are not allowed (line {line}).",
    markdown_blockquote: "{field}: block quotes (“>”) are not allowed (line {line}).",
    markdown_link_scheme:
      "{field}: the link target “{value}” is not allowed (line {line}). Use addresses starting with https:, http:, mailto: or tel:.",
    not_canonical: "{field}: write “{expected}” (without spaces).",
    invalid_date: "{field}: “{value}” is not a valid date. Use YYYY-MM-DD, e.g. 2026-02-07.",
    invalid_phone: "{field}: “{value}” is not a phone number. Use digits, spaces and + - / ( ), e.g. “0661 102-1111”.",
    invalid_ozg_id: "{field}: “{value}” is not an OZG id. An OZG id has 1 to 6 digits, e.g. 10169.",
    provenance_required:
      "{field}: give the source under “provenance.{key}”. Keys are only accepted with a source that can be checked.",
    amount_range_order:
      "{field}: the maximum amount ({maxAmount} cents) is less than the minimum amount ({minAmount} cents).",
    age_range_order: "{field}: the maximum age {maxAge} is below the minimum age {minAge}.",
    age_tiers_overlap: "{field}: the age tier {value} overlaps the age tier {other}.",
    date_range_order: "{field}: the end date {value} is before the start date {other}.",
    link_target: "{field}: give exactly one: an address (“url”) or a form of this portal (“formId”).",
    landkreis_required: "{field}: give the district (Landkreis); only independent cities (kreisfrei) belong to none.",
    landkreis_not_allowed: "{field}: an independent city (kreisfrei) belongs to no district (Landkreis).",
    ars_ags_mismatch: "{field}: the regional key (ARS) {value} does not match the municipality key (AGS) {other}.",
    duplicate_id: "{field}: the id “{value}” is used more than once (first in {firstSource} at {firstPath}).",
    unknown_service: "{field}: the base catalogue has no service “{value}”.",
    unknown_office: "{field}: there is no office “{value}”, neither in the base catalogue nor in this city's file.",
    unknown_city: "{field}: the list of cities has no city “{value}”.",
    duplicate_overlay: "{field}: the city “{value}” already has a file ({firstSource}).",
    duplicate_responsibility:
      "{field}: the office “{value}” is listed more than once with the same role for this service.",
    text_override_not_allowed:
      "{field}: the service “{value}” has LeiKa type {typ}: the federal or state level writes its main text. Add local notes under “hint”.",
  },
};

/** Keys of the messages for zod's own issues, chosen by `catalogErrorMap` from the issue's details. */
export type ShapeMessageKey =
  | "required"
  | "invalid_type"
  | "not_integer"
  | "unrecognized_keys"
  | "invalid_value"
  | "invalid_discriminator"
  | "invalid_union"
  | "string_too_short"
  | "string_empty"
  | "string_too_long"
  | "number_too_small"
  | "number_too_big"
  | "array_too_short"
  | "array_too_long"
  | "invalid_url"
  | "invalid_format"
  | "invalid";

/** Messages for shape errors found by zod itself; `{expected}` and `{received}` are type names. */
export const shapeMessages: MessageCatalog<ShapeMessageKey> = {
  de: {
    required: "{field} fehlt.",
    invalid_type: "{field}: Erwartet wird {expected}, gefunden wurde {received}.",
    not_integer: "{field}: Bitte eine ganze Zahl angeben; Beträge in ganzen Cent (4600 für 46,00 €).",
    unrecognized_keys: "{field}: Unbekanntes Feld {keys}. Bitte prüfen Sie die Schreibweise.",
    invalid_value: "{field}: „{value}“ ist nicht erlaubt. Erlaubt sind: {values}.",
    invalid_discriminator: "{field}: „{value}“ ist nicht erlaubt. Erlaubt sind: {values}.",
    invalid_union: "{field} hat keine der erlaubten Formen.",
    string_too_short: "{field} ist zu kurz: mindestens {minimum} Zeichen.",
    string_empty: "{field} darf nicht leer sein.",
    string_too_long: "{field} ist zu lang: höchstens {maximum} Zeichen.",
    number_too_small: "{field} muss mindestens {minimum} sein.",
    number_too_big: "{field} darf höchstens {maximum} sein.",
    array_too_short: "{field} braucht mindestens {minimum} Einträge.",
    array_too_long: "{field} darf höchstens {maximum} Einträge haben.",
    invalid_url: "{field}: Bitte eine vollständige Adresse mit https:// angeben.",
    invalid_format: "{field} hat nicht das erwartete Format.",
    invalid: "{field} ist ungültig.",
  },
  en: {
    required: "{field} is missing.",
    invalid_type: "{field}: expected {expected}, found {received}.",
    not_integer: "{field}: enter a whole number; amounts in whole cents (4600 for €46.00).",
    unrecognized_keys: "{field}: unknown field {keys}. Check the spelling.",
    invalid_value: "{field}: “{value}” is not allowed. Allowed: {values}.",
    invalid_discriminator: "{field}: “{value}” is not allowed. Allowed: {values}.",
    invalid_union: "{field} has none of the allowed shapes.",
    string_too_short: "{field} is too short: at least {minimum} characters.",
    string_empty: "{field} must not be empty.",
    string_too_long: "{field} is too long: at most {maximum} characters.",
    number_too_small: "{field} must be at least {minimum}.",
    number_too_big: "{field} must be at most {maximum}.",
    array_too_short: "{field} needs at least {minimum} entries.",
    array_too_long: "{field} may have at most {maximum} entries.",
    invalid_url: "{field}: enter a complete address starting with https://.",
    invalid_format: "{field} does not have the expected format.",
    invalid: "{field} is invalid.",
  },
};

/** Names of JSON types in messages. */
export const typeNames: Record<Locale, Record<string, string>> = {
  de: {
    string: "ein Text",
    number: "eine Zahl",
    int: "eine ganze Zahl",
    boolean: "true oder false",
    array: "eine Liste",
    object: "ein Objekt",
    null: "null",
    undefined: "nichts",
  },
  en: {
    string: "a text",
    number: "a number",
    int: "a whole number",
    boolean: "true or false",
    array: "a list",
    object: "an object",
    null: "null",
    undefined: "nothing",
  },
};

/**
 * Human names of the fields, used for `{field}`: the German or English name, then the key as written in
 * the file, so the editor can search for it. A field not listed here is named by its key.
 */
export const catalogFieldNames: Record<Locale, Record<string, string>> = {
  de: {
    $root: "Datei",
    services: "Leistungen (services)",
    cities: "Städte (cities)",
    offices: "Dienststellen (offices)",
    city: "Stadt (city)",
    id: "Kennung (id)",
    title: "Titel (title)",
    name: "Name (name)",
    shortName: "Kurzname (shortName)",
    leistungsschluessel: "Leistungsschlüssel (leistungsschluessel)",
    ozgId: "OZG-ID (ozgId)",
    leikaTyp: "LeiKa-Typ (leikaTyp)",
    shortText: "Kurztext (shortText)",
    fullText: "Volltext (fullText)",
    hint: "Hinweis (hint)",
    themenfeld: "Themenfeld (themenfeld)",
    lebenslage: "Lebenslage (lebenslage)",
    keywords: "Suchbegriffe (keywords)",
    synonyms: "Synonyme (synonyms)",
    prerequisites: "Voraussetzungen (prerequisites)",
    documents: "Unterlagen (documents)",
    required: "Pflicht (required)",
    fees: "Gebühren (fees)",
    kind: "Art (kind)",
    label: "Bezeichnung (label)",
    amount: "Betrag in Cent (amount)",
    amountPerUnit: "Betrag je Einheit in Cent (amountPerUnit)",
    unit: "Einheit (unit)",
    period: "Zeitraum (period)",
    minAmount: "Mindestbetrag in Cent (minAmount)",
    maxAmount: "Höchstbetrag in Cent (maxAmount)",
    basis: "Bemessungsgrundlage (basis)",
    tiers: "Altersstufen (tiers)",
    minAge: "Mindestalter (minAge)",
    maxAge: "Höchstalter (maxAge)",
    text: "Text (text)",
    addOns: "Zuschläge (addOns)",
    reductions: "Ermäßigungen und Befreiungen (reductions)",
    percent: "Prozent (percent)",
    reason: "Grund (reason)",
    legalBasis: "Rechtsgrundlage (legalBasis)",
    validFrom: "Gültig ab (validFrom)",
    validUntil: "Gültig bis (validUntil)",
    haushaltsstelle: "Haushaltsstelle (haushaltsstelle)",
    objektnummer: "Objektnummer (objektnummer)",
    source: "Quelle (source)",
    confidence: "Verlässlichkeit (confidence)",
    note: "Anmerkung (note)",
    deadlines: "Fristen (deadlines)",
    description: "Beschreibung (description)",
    value: "Wert (value)",
    processingTime: "Bearbeitungsdauer (processingTime)",
    minDays: "Mindestdauer in Tagen (minDays)",
    maxDays: "Höchstdauer in Tagen (maxDays)",
    legalBases: "Rechtsgrundlagen (legalBases)",
    onlineService: "Online-Dienst (onlineService)",
    url: "Adresse (url)",
    formId: "Formular (formId)",
    trustLevel: "Vertrauensniveau (trustLevel)",
    forms: "Formulare (forms)",
    provenance: "Herkunft (provenance)",
    responsibilities: "Zuständigkeiten (responsibilities)",
    officeId: "Dienststelle (officeId)",
    serviceId: "Leistung (serviceId)",
    cityId: "Stadt (cityId)",
    role: "Rolle (role)",
    level: "Verwaltungsebene (level)",
    address: "Anschrift (address)",
    street: "Straße (street)",
    houseNumber: "Hausnummer (houseNumber)",
    postalCode: "Postleitzahl (postalCode)",
    ags: "Amtlicher Gemeindeschlüssel (ags)",
    ars: "Amtlicher Regionalschlüssel (ars)",
    geo: "Geokoordinaten (geo)",
    lat: "Breitengrad (lat)",
    lon: "Längengrad (lon)",
    contact: "Kontakt (contact)",
    phone: "Telefon (phone)",
    email: "E-Mail (email)",
    openingHours: "Öffnungszeiten (openingHours)",
    appointment: "Terminvergabe (appointment)",
    accessibility: "Barrierefreiheit (accessibility)",
    wheelchairAccessible: "Rollstuhlgerecht (wheelchairAccessible)",
    landkreis: "Landkreis (landkreis)",
  },
  en: {
    $root: "File",
    services: "Services (services)",
    cities: "Cities (cities)",
    offices: "Offices (offices)",
    city: "City (city)",
    id: "Id (id)",
    title: "Title (title)",
    name: "Name (name)",
    shortName: "Short name (shortName)",
    leistungsschluessel: "Service key (leistungsschluessel)",
    ozgId: "OZG id (ozgId)",
    leikaTyp: "LeiKa type (leikaTyp)",
    shortText: "Short text (shortText)",
    fullText: "Full text (fullText)",
    hint: "Note (hint)",
    themenfeld: "Topic (themenfeld)",
    lebenslage: "Life event (lebenslage)",
    keywords: "Keywords (keywords)",
    synonyms: "Synonyms (synonyms)",
    prerequisites: "Prerequisites (prerequisites)",
    documents: "Documents (documents)",
    required: "Required (required)",
    fees: "Fees (fees)",
    kind: "Kind (kind)",
    label: "Label (label)",
    amount: "Amount in cents (amount)",
    amountPerUnit: "Amount per unit in cents (amountPerUnit)",
    unit: "Unit (unit)",
    period: "Period (period)",
    minAmount: "Minimum amount in cents (minAmount)",
    maxAmount: "Maximum amount in cents (maxAmount)",
    basis: "Basis of assessment (basis)",
    tiers: "Age tiers (tiers)",
    minAge: "Minimum age (minAge)",
    maxAge: "Maximum age (maxAge)",
    text: "Text (text)",
    addOns: "Add-ons (addOns)",
    reductions: "Reductions and exemptions (reductions)",
    percent: "Percent (percent)",
    reason: "Reason (reason)",
    legalBasis: "Legal basis (legalBasis)",
    validFrom: "Valid from (validFrom)",
    validUntil: "Valid until (validUntil)",
    haushaltsstelle: "Budget item (haushaltsstelle)",
    objektnummer: "Object number (objektnummer)",
    source: "Source (source)",
    confidence: "Confidence (confidence)",
    note: "Note (note)",
    deadlines: "Deadlines (deadlines)",
    description: "Description (description)",
    value: "Value (value)",
    processingTime: "Processing time (processingTime)",
    minDays: "Minimum days (minDays)",
    maxDays: "Maximum days (maxDays)",
    legalBases: "Legal bases (legalBases)",
    onlineService: "Online service (onlineService)",
    url: "Address (url)",
    formId: "Form (formId)",
    trustLevel: "Level of assurance (trustLevel)",
    forms: "Forms (forms)",
    provenance: "Provenance (provenance)",
    responsibilities: "Responsibilities (responsibilities)",
    officeId: "Office (officeId)",
    serviceId: "Service (serviceId)",
    cityId: "City (cityId)",
    role: "Role (role)",
    level: "Administrative level (level)",
    address: "Address (address)",
    street: "Street (street)",
    houseNumber: "House number (houseNumber)",
    postalCode: "Postcode (postalCode)",
    ags: "Municipality key (ags)",
    ars: "Regional key (ars)",
    geo: "Coordinates (geo)",
    lat: "Latitude (lat)",
    lon: "Longitude (lon)",
    contact: "Contact (contact)",
    phone: "Phone (phone)",
    email: "Email (email)",
    openingHours: "Opening hours (openingHours)",
    appointment: "Appointments (appointment)",
    accessibility: "Accessibility (accessibility)",
    wheelchairAccessible: "Wheelchair accessible (wheelchairAccessible)",
    landkreis: "District (landkreis)",
  },
};

/**
 * The name of the field at `path` for messages: the last key, with the position of a list entry
 * (`["fees", 2]` → "Gebühren (fees) Nr. 3"), or "Datei" for the file itself.
 */
export function fieldNameOf(path: readonly PropertyKey[], locale: Locale): string {
  const names = catalogFieldNames[locale];
  let index = path.length - 1;
  const positions: number[] = [];
  while (index >= 0 && typeof path[index] === "number") {
    positions.unshift(path[index] as number);
    index--;
  }
  const key = index >= 0 ? String(path[index]) : "$root";
  const name = names[key] ?? key;
  if (positions.length === 0) return name;
  const word = locale === "de" ? "Nr." : "no.";
  return `${name} ${positions.map((position) => `${word} ${position + 1}`).join(", ")}`;
}
