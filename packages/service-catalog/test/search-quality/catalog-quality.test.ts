/**
 * The same quality gate on the real, committed catalogue (data/ through createCatalog and the catalogue's
 * search documents), so the data the cities edit keeps the search as good as the test corpus does.
 */
import { describe, expect, it } from "vitest";
import { buildCatalogSearchIndex } from "../../src/catalog-search/build-index.js";
import { committedCatalog } from "../../src/catalog-search/committed-catalog.test-data.js";
import { search } from "../../src/search/search.js";
import { evaluate, formatReport } from "./evaluate.js";
import { ids } from "./ids.js";
import { qualityQueries } from "./queries.js";

describe("search quality on the committed catalogue", () => {
  const index = buildCatalogSearchIndex(committedCatalog());
  const result = evaluate(qualityQueries, (query) => search(index, query, { limit: 3 }).map((hit) => hit.id));

  it("puts an accepted service in the top 3 for at least 97 % of the queries", () => {
    console.log(`Search quality on the committed catalogue:\n${formatReport(result)}`);
    expect(result.all.top3 / result.all.total).toBeGreaterThanOrEqual(0.97);
  });

  it("puts the Hundesteuer-Anmeldung first for „hund anmelden“", () => {
    expect(search(index, "hund anmelden")[0]?.id).toBe(ids.hundAnmeldung);
  });
});
