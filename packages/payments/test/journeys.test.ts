// @vitest-environment node
/**
 * Whole journeys through the public pieces, as a city wires them: the fee from the committed catalogue, the
 * payment service on every store backend, and (1) the XBezahldienste adapter against the fake platform over real
 * HTTP, (2) bank transfer with a Kassenzeichen, the GiroCode and a CAMT.053 statement import.
 */
import { readdirSync, readFileSync } from "node:fs";
import { type CatalogSource, createCatalog } from "@digitale-kommune/service-catalog";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createBankTransferProvider } from "../src/bank-transfer/provider.js";
import { computeFee } from "../src/fees/compute.js";
import { feeTableFromCatalog } from "../src/fees/from-catalog.js";
import type { FeeComputation } from "../src/fees/types.js";
import {
  type FakeXBezahldiensteServer,
  startFakeXBezahldiensteServer,
} from "../src/providers/xbezahldienste/fake/server.js";
import { createXBezahldiensteProvider } from "../src/providers/xbezahldienste/provider.js";
import { createPaymentService } from "../src/service/payment-service.js";
import { testStores } from "./databases.js";

vi.setConfig({ testTimeout: 60_000 });

const catalogRoot = new URL("../../service-catalog/", import.meta.url);
const read = (path: string): CatalogSource => ({
  source: path,
  data: JSON.parse(readFileSync(new URL(path, catalogRoot), "utf8")),
});

function fuehrungszeugnisFee(): FeeComputation {
  const overlays = readdirSync(new URL("data/overlays/", catalogRoot)).map((name) => read(`data/overlays/${name}`));
  const result = createCatalog({ base: read("data/base/services.json"), cities: read("data/cities.json"), overlays });
  if (!result.ok) throw new Error("the committed catalogue is invalid");
  const table = feeTableFromCatalog(result.catalog, "giessen", "fuehrungszeugnis-beantragen", {
    version: "2024-01-01",
    validFrom: "2024-01-01",
    legalSource: { title: "Justizverwaltungskostengesetz (JVKostG)" },
  });
  return computeFee(table, { feeId: "fuehrungszeugnis" }, { date: "2026-11-24" });
}

const SECRET = "journey-return-token-secret-0123456789";
const RETURN_BASE = "https://portal.example/bezahlen/zurueck/";
const AUTH = { type: "basic", username: "giessen", password: "journey-password" } as const;
const fee = fuehrungszeugnisFee();
let fake: FakeXBezahldiensteServer;

beforeAll(async () => {
  fake = await startFakeXBezahldiensteServer({ auth: AUTH });
});
afterAll(async () => {
  await fake?.close();
});

function createInput(providerId: string, idempotencyKey?: string) {
  return {
    cityId: "giessen",
    serviceId: "fuehrungszeugnis-beantragen",
    providerId,
    lineItems: fee.lineItems,
    explanation: fee.explanation,
    feeTableVersion: fee.feeTableVersion,
    ...(idempotencyKey ? { idempotencyKey } : {}),
  };
}

/** A camt.053.001.02 statement with one booked credit. */
function statement(entryReference: string, amount: string, remittance: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
  <BkToCstmrStmt>
    <GrpHdr><MsgId>MSG-${entryReference}</MsgId><CreDtTm>2026-11-25T06:00:00+01:00</CreDtTm></GrpHdr>
    <Stmt>
      <Id>STMT-${entryReference}</Id>
      <CreDtTm>2026-11-25T06:00:00+01:00</CreDtTm>
      <Acct><Id><IBAN>DE89370400440532013000</IBAN></Id></Acct>
      <Ntry>
        <NtryRef>${entryReference}</NtryRef>
        <Amt Ccy="EUR">${amount}</Amt>
        <CdtDbtInd>CRDT</CdtDbtInd>
        <Sts>BOOK</Sts>
        <BookgDt><Dt>2026-11-24</Dt></BookgDt>
        <ValDt><Dt>2026-11-24</Dt></ValDt>
        <NtryDtls><TxDtls>
          <RltdPties><Dbtr><Nm>Erika Mustermann</Nm></Dbtr></RltdPties>
          <RmtInf><Ustrd>${remittance}</Ustrd></RmtInf>
        </TxDtls></NtryDtls>
      </Ntry>
    </Stmt>
  </BkToCstmrStmt>
</Document>`;
}

describe("the fee of the journeys", () => {
  it("comes from the committed catalogue: Führungszeugnis 13,00 € with its explanation", () => {
    expect(fee.total).toBe(1300);
    expect(fee.explanation.de).toContain("13,00");
    expect(fee.feeTableVersion).toBe("giessen/fuehrungszeugnis-beantragen@2024-01-01");
  });
});

describe.each(testStores())("journeys on $name", (backend) => {
  async function service() {
    const { store } = await backend.freshStore();
    const bankTransfer = createBankTransferProvider({
      kassenzeichen: { prefix: "5100", parts: ["year2", { random: 8 }], checkDigit: "mod11" },
      beneficiary: { name: "Stadtkasse Gießen", iban: "DE89 3704 0044 0532 0130 00", bic: "COBADEFFXXX" },
    });
    const payments = createPaymentService({
      store,
      providers: [
        createXBezahldiensteProvider({
          id: "xbezahldienste-giessen",
          baseUrl: fake.baseUrl,
          originatorId: "fuehrungszeugnis",
          endPointId: "06531005",
          auth: AUTH,
          timeoutMs: 5_000,
        }),
        bankTransfer,
      ],
      returnTokenSecret: SECRET,
      returnUrl: (token) => `${RETURN_BASE}${token}`,
    });
    return { payments, bankTransfer, store };
  }

  it("XBezahldienste: pay on the platform's page, come back, the status query books exactly 13,00 €", async () => {
    const { payments, store } = await service();
    const { payment, returnToken } = await payments.createPayment(createInput("xbezahldienste-giessen"));
    const { redirectUrl } = await payments.startPayment(payment.id, { locale: "de" });
    expect(redirectUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/pay\//);
    const page = await fetch(redirectUrl as string);
    expect(page.status).toBe(200);
    const back = await fetch(redirectUrl as string, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "outcome=pay",
      redirect: "manual",
    });
    expect(back.status).toBe(303);
    expect(back.headers.get("location")).toBe(`${RETURN_BASE}${returnToken}`);

    const view = await payments.lookupByReturnToken(returnToken, { refresh: true });
    expect(view).toMatchObject({ state: "succeeded", amount: 1300 });
    const stored = await payments.getPayment(payment.id);
    expect(stored).toMatchObject({ state: "succeeded", confirmedAmount: 1300, flags: [] });
    // The platform's request carried decimal euros and no personal data.
    const sent = fake.transaction(stored.providerPaymentId as string);
    expect(sent?.rawBody).toContain('"grosAmount":13');
    expect(sent?.rawBody).not.toContain("requestor");
    const transitions = (await store.listAudit(payment.id)).filter((entry) => entry.toState === "succeeded");
    expect(transitions).toHaveLength(1);
  });

  it("XBezahldienste: a lost redirect and a failing status query are recovered by reconciliation", async () => {
    const { payments } = await service();
    const { payment } = await payments.createPayment(createInput("xbezahldienste-giessen"));
    await payments.startPayment(payment.id);
    const transactionId = (await payments.getPayment(payment.id)).providerPaymentId as string;
    fake.setStatus(transactionId, "PAYED");
    // The citizen never comes back, and the platform answers the first status query with HTTP 500.
    fake.injectFault({ type: "http_500" });
    const first = await payments.reconcile();
    expect((await payments.getPayment(payment.id)).state).toBe("pending");
    expect(first).toBeDefined();
    await payments.reconcile();
    expect(await payments.getPayment(payment.id)).toMatchObject({ state: "succeeded", confirmedAmount: 1300 });
  });

  it("bank transfer: Kassenzeichen and GiroCode, then a CAMT.053 credit books it once; a re-import changes nothing", async () => {
    const { payments, bankTransfer } = await service();
    const { payment } = await payments.createPayment(createInput("bank-transfer"));
    const started = await payments.startPayment(payment.id);
    expect(started.redirectUrl).toBeUndefined();
    const pending = await payments.getPayment(payment.id);
    expect(pending.state).toBe("pending");
    const kassenzeichen = pending.kassenzeichen as string;
    expect(bankTransfer.kassenzeichen.isValid(kassenzeichen)).toBe(true);
    const details = bankTransfer.bankTransferDetails(pending);
    expect(details.epcPayload.split("\n")).toEqual([
      "BCD",
      "002",
      "1",
      "SCT",
      "COBADEFFXXX",
      "Stadtkasse Gießen",
      "DE89370400440532013000",
      "EUR13.00",
      "GOVT",
      "",
      kassenzeichen,
    ]);

    // The citizen typed the Kassenzeichen with spaces, as banking apps often show it.
    const spaced = kassenzeichen.replace(/(\d{4})(?=\d)/g, "$1 ");
    const report = await payments.importBankStatement(statement("E1", "13.00", `Kassenzeichen ${spaced}`));
    expect(report.applied).toEqual([expect.objectContaining({ paymentId: payment.id, state: "succeeded" })]);
    expect(await payments.getPayment(payment.id)).toMatchObject({ state: "succeeded", confirmedAmount: 1300 });

    const again = await payments.importBankStatement(statement("E1", "13.00", `Kassenzeichen ${spaced}`));
    expect(again.applied).toEqual([expect.objectContaining({ outcome: "already_applied", state: "succeeded" })]);
    const audit = await payments.auditLog(payment.id);
    expect(audit.filter((entry) => entry.toState === "succeeded")).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain("Mustermann");
  });

  it("bank transfer: a credit of another amount is flagged for the Stadtkasse, never booked as paid", async () => {
    const { payments } = await service();
    const { payment } = await payments.createPayment(createInput("bank-transfer"));
    await payments.startPayment(payment.id);
    const { kassenzeichen } = await payments.getPayment(payment.id);
    const report = await payments.importBankStatement(statement("E2", "12.00", `KZ ${kassenzeichen}`));
    expect(report.applied).toHaveLength(1);
    expect(await payments.getPayment(payment.id)).toMatchObject({ state: "pending", flags: ["amount_mismatch"] });
    const unknown = await payments.importBankStatement(statement("E3", "13.00", "Kassenzeichen 5100 0000 0000 00"));
    expect(unknown.applied).toEqual([]);
    expect(unknown.unmatched.length + unknown.unknownKassenzeichen.length).toBe(1);
  });

  it("bank transfer: a Kassenzeichen drawn twice is caught by the store and drawn again, audited", async () => {
    const { store } = await backend.freshStore();
    const numbers = [7, 7, 7, 8, 9, 10, 11];
    const sequenced = createBankTransferProvider({
      kassenzeichen: { prefix: "5100", parts: [{ sequence: 6 }], checkDigit: "mod97" },
      kassenzeichenOptions: { nextSequence: () => numbers.shift() ?? 99 },
      beneficiary: { name: "Stadtkasse Gießen", iban: "DE89 3704 0044 0532 0130 00" },
    });
    const payments = createPaymentService({
      store,
      providers: [sequenced],
      returnTokenSecret: SECRET,
      returnUrl: (token) => `${RETURN_BASE}${token}`,
    });
    const first = (await payments.createPayment(createInput("bank-transfer"))).payment;
    const second = (await payments.createPayment(createInput("bank-transfer"))).payment;
    await payments.startPayment(first.id);
    await payments.startPayment(second.id);
    const [a, b] = [await payments.getPayment(first.id), await payments.getPayment(second.id)];
    expect(a.state).toBe("pending");
    expect(b.state).toBe("pending");
    expect(a.kassenzeichen).not.toBe(b.kassenzeichen);
    const taken = (await payments.auditLog(second.id)).filter((entry) => entry.action === "kassenzeichen_taken");
    expect(taken.length).toBeGreaterThanOrEqual(1);
  });
});
