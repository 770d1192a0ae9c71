// A complete service page of a city portal, composed only from ui components: what a city's page looks like with
// its brand and theme. Used by the example-page stories and the page-level axe test; not part of the package API.
import { Accordion } from "../components/accordion/index.js";
import { Breadcrumbs } from "../components/breadcrumbs/index.js";
import { Button } from "../components/button/index.js";
import { CardList, ServiceCard } from "../components/card/index.js";
import { Footer } from "../components/footer/index.js";
import type { CityBrand } from "../components/header/city-brand.js";
import { Header } from "../components/header/index.js";
import { Heading } from "../components/heading/index.js";
import { InsetText } from "../components/inset-text/index.js";
import { LanguageSwitch } from "../components/language-switch/index.js";
import { PageLayout } from "../components/page-layout/index.js";
import { PhaseBanner } from "../components/phase-banner/index.js";
import { Prose } from "../components/prose/index.js";
import { SearchField } from "../components/search-field/index.js";
import { SkipLink } from "../components/skip-link/index.js";
import { Table } from "../components/table/index.js";
import { Tag } from "../components/tag/index.js";

const description = `Halten Sie in der Stadt einen Hund, melden Sie ihn **innerhalb von zwei Wochen** bei der Steuerverwaltung an.
Sie erhalten danach eine Hundesteuermarke.

## Voraussetzungen

- Ihr Hauptwohnsitz liegt in der Stadt.
- Der Hund ist älter als drei Monate.

Mehr zur Hundehaltung finden Sie auf der Seite [Hunde in der Stadt](/leben/hunde).`;

const fees = [
  { key: "erster", cells: { hund: "Erster Hund", betrag: "90,00 €" } },
  { key: "zweiter", cells: { hund: "Zweiter Hund", betrag: "150,00 €" } },
  { key: "gefaehrlich", cells: { hund: "Gefährlicher Hund", betrag: "600,00 €" } },
];

export interface CityPageProps {
  brand: CityBrand;
}

export function CityPage({ brand }: CityPageProps) {
  return (
    <div className="dk-template" data-dk-theme={brand.theme} lang="de">
      <PageLayout
        skipLink={<SkipLink href="#inhalt" />}
        header={
          <Header
            brand={brand}
            serviceName="Bürgerservice online"
            serviceHref="/leistungen"
            navigation={[
              { href: "/leistungen", text: "Leistungen", current: true },
              { href: "/termine", text: "Termine" },
              { href: "/antraege", text: "Meine Anträge" },
            ]}
            actions={
              <LanguageSwitch
                current="de"
                links={{ en: "/en/dog-tax", leichteSprache: "/leichte-sprache/hundesteuer" }}
              />
            }
          />
        }
        phaseBanner={<PhaseBanner phase="beta" feedbackHref="/feedback" />}
        beforeContent={
          <Breadcrumbs
            items={[
              { text: "Startseite", href: "/" },
              { text: "Leistungen", href: "/leistungen" },
              { text: "Steuern und Abgaben", href: "/leistungen/steuern" },
            ]}
          />
        }
        aside={
          <>
            <Heading level={2} size="m">
              Verwandte Leistungen
            </Heading>
            <CardList>
              <ServiceCard
                headingLevel={3}
                title="Hund abmelden"
                href="/leistungen/hund-abmelden"
                teaser="Wenn Ihr Hund gestorben ist oder Sie ihn abgegeben haben."
                online
              />
              <ServiceCard
                headingLevel={3}
                title="Steuerermäßigung für Hunde beantragen"
                href="/leistungen/hundesteuer-ermaessigung"
                teaser="Zum Beispiel für Blindenführhunde."
              />
            </CardList>
            <SearchField action="/suche" label="Leistungen durchsuchen" id="suche" />
          </>
        }
        footer={<Footer brand={brand} year={2026} />}
      >
        <Heading level={1} caption="Steuern und Abgaben">
          Hund anmelden (Hundesteuer)
        </Heading>
        <p>
          <Tag variant="online">Online verfügbar</Tag>
        </p>
        <Prose markdown={description} />
        <Table
          caption="Hundesteuer im Jahr"
          firstCellIsHeader
          columns={[
            { key: "hund", header: "Hund" },
            { key: "betrag", header: "Steuer im Jahr", numeric: true },
          ]}
          rows={fees}
        />
        <InsetText>Für Blindenführhunde und Rettungshunde können Sie eine Befreiung beantragen.</InsetText>
        <Accordion
          headingLevel={2}
          sections={[
            { heading: "Unterlagen", content: <p>Nachweis über die Haftpflichtversicherung des Hundes.</p> },
            { heading: "Bearbeitungsdauer", content: <p>Etwa zwei Wochen.</p> },
          ]}
        />
        <Button href="/leistungen/hund-anmelden/antrag" variant="start">
          Jetzt online anmelden
        </Button>
      </PageLayout>
    </div>
  );
}
