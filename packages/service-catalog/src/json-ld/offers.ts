/**
 * Fees → schema.org `Offer`s (reference §1.5: Gebühr → `offers.priceSpecification`, `priceCurrency: EUR`,
 * age tiers as `description`). One Offer per fee:
 * - every price is a decimal string made from integer cents (`centsToDecimalString`), never a float;
 * - the Offer's own `price` is set only when the fee is one amount (fixed, free), so nobody reads the
 *   first age tier or a unit price as "the" price;
 * - per unit and per period prices are `UnitPriceSpecification`s with a `referenceQuantity` of one unit
 *   (periods with their UN/CEFACT code: DAY, WEE, MON, ANN);
 * - a range has `minPrice`/`maxPrice`; each age tier is its own specification, described in words;
 * - a fee "nach Satzung" (`unknown`) has no price, only its text as `description`;
 * - add-ons (express) become `addOn` Offers; reductions, note and legal basis go into `description`.
 */
import type { Locale } from "@digitale-kommune/validators";
import type { FeePeriod } from "../model/code-lists.js";
import type { Fee, FeeAddOn, FeeAgeTier, FeeReduction } from "../model/schemas.js";
import { centsToDecimalString } from "./cents.js";
import { type JsonLdTexts, jsonLdTexts } from "./messages.js";
import type { JsonLdOffer, JsonLdPriceSpecification } from "./types.js";

const PERIOD_UNIT_CODES: Readonly<Record<FeePeriod, string>> = {
  day: "DAY",
  week: "WEE",
  month: "MON",
  year: "ANN",
};

export interface OffersJsonLdOptions {
  /** Language of the descriptions the mapping writes (default `"de"`); the data's own texts stay German. */
  locale?: Locale;
}

/** One schema.org Offer per fee, in the order given. */
export function feesToOffers(fees: readonly Fee[], options: OffersJsonLdOptions = {}): JsonLdOffer[] {
  const texts = jsonLdTexts[options.locale ?? "de"];
  return fees.map((fee) => feeToOffer(fee, texts));
}

function feeToOffer(fee: Fee, texts: JsonLdTexts): JsonLdOffer {
  const priced = describePrice(fee, texts);
  const descriptions = [
    ...priced.descriptions,
    fee.note,
    ...("reductions" in fee ? (fee.reductions ?? []).map((reduction) => describeReduction(reduction, texts)) : []),
    fee.legalBasis === undefined ? undefined : texts.legalBasis(fee.legalBasis),
  ].filter((text): text is string => text !== undefined && text !== "");
  const addOns = "addOns" in fee ? (fee.addOns ?? []) : [];

  return {
    "@type": "Offer",
    ...(fee.label === undefined ? {} : { name: fee.label }),
    ...(descriptions.length === 0 ? {} : { description: descriptions.join("; ") }),
    ...(priced.specifications.length === 0 ? {} : { priceCurrency: "EUR" as const }),
    ...(priced.price === undefined ? {} : { price: priced.price }),
    ...(priced.specifications.length === 0 ? {} : { priceSpecification: priced.specifications }),
    ...(addOns.length === 0 ? {} : { addOn: addOns.map(addOnToOffer) }),
    ...(fee.validFrom === undefined ? {} : { validFrom: fee.validFrom }),
    ...(fee.validUntil === undefined ? {} : { validThrough: fee.validUntil }),
  };
}

interface PricedParts {
  price?: string;
  specifications: JsonLdPriceSpecification[];
  descriptions: (string | undefined)[];
}

function describePrice(fee: Fee, texts: JsonLdTexts): PricedParts {
  switch (fee.kind) {
    case "fixed": {
      const price = centsToDecimalString(fee.amount);
      return { price, specifications: [specification({ price })], descriptions: [] };
    }
    case "free": {
      const price = centsToDecimalString(0);
      return { price, specifications: [specification({ price })], descriptions: [texts.free] };
    }
    case "perUnit": {
      const unitText = texts.perUnit(fee.unit);
      return {
        specifications: [
          specification({
            price: centsToDecimalString(fee.amountPerUnit),
            unitText,
            referenceQuantity: { "@type": "QuantitativeValue", value: 1, unitText: fee.unit },
          }),
        ],
        descriptions: [unitText],
      };
    }
    case "perPeriod": {
      const unitText = texts.perPeriod(fee.period);
      return {
        specifications: [
          specification({
            price: centsToDecimalString(fee.amount),
            unitText,
            referenceQuantity: {
              "@type": "QuantitativeValue",
              value: 1,
              unitCode: PERIOD_UNIT_CODES[fee.period],
              unitText: texts.period(fee.period),
            },
          }),
        ],
        descriptions: [unitText],
      };
    }
    case "range":
      return {
        specifications: [
          specification({
            minPrice: centsToDecimalString(fee.minAmount),
            maxPrice: centsToDecimalString(fee.maxAmount),
            ...(fee.basis === undefined ? {} : { description: fee.basis }),
          }),
        ],
        descriptions: [fee.basis],
      };
    case "byAge": {
      const tiers = fee.tiers.map((tier) => ({ tier, label: describeAgeTier(tier, texts) }));
      return {
        specifications: tiers.map(({ tier, label }) =>
          specification({ price: centsToDecimalString(tier.amount), description: label }),
        ),
        descriptions: tiers.map(({ tier, label }) => `${label}: ${texts.money(tier.amount)}`),
      };
    }
    case "unknown":
      return { specifications: [], descriptions: [fee.text] };
  }
}

function specification(parts: Omit<JsonLdPriceSpecification, "@type" | "priceCurrency">): JsonLdPriceSpecification {
  return { "@type": "UnitPriceSpecification", priceCurrency: "EUR", ...parts };
}

function describeAgeTier(tier: FeeAgeTier, texts: JsonLdTexts): string {
  const { minAge, maxAge } = tier;
  if (maxAge === undefined) return minAge === undefined || minAge === 0 ? texts.anyAge : texts.ageFrom(minAge);
  // maxAge counts completed years inclusively: "bis 23" reads more naturally as "unter 24".
  if (minAge === undefined || minAge === 0) return texts.ageUnder(maxAge + 1);
  return texts.ageBetween(minAge, maxAge);
}

function describeReduction(reduction: FeeReduction, texts: JsonLdTexts): string {
  switch (reduction.kind) {
    case "exemption":
      return texts.exemption(reduction.reason);
    case "percent":
      return texts.percentReduction(reduction.percent, reduction.reason);
    case "amount":
      return texts.amountReduction(reduction.amount, reduction.reason);
  }
}

function addOnToOffer(addOn: FeeAddOn): JsonLdOffer {
  const price = centsToDecimalString(addOn.amount);
  return {
    "@type": "Offer",
    name: addOn.label,
    ...(addOn.note === undefined ? {} : { description: addOn.note }),
    priceCurrency: "EUR",
    price,
    priceSpecification: [specification({ price })],
  };
}
