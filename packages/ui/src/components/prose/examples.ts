// Content for the stories and tests: service descriptions as the catalogue stores them (restricted Markdown).

/** A service description with every part of the subset. */
export const bewohnerparkenMarkdown = `Mit einem **Bewohnerparkausweis** parken Sie in Ihrem Wohngebiet ohne Parkschein und ohne Zeitbegrenzung,
wenn es dort Bewohnerparkplätze gibt.

## Voraussetzungen

- Sie wohnen mit **Haupt- oder Nebenwohnsitz** in einer Bewohnerparkzone.
- Das Fahrzeug ist auf Sie zugelassen, oder Sie nutzen es *dauerhaft* (zum Beispiel als Firmenwagen).
- Pro Person gibt es einen Ausweis.

## Verfahrensablauf

1. Sie stellen den Antrag online oder im Bürgerbüro.
2. Wir prüfen Ihre Angaben. Dafür brauchen wir:
   - die Zulassungsbescheinigung Teil I,
   - bei Firmenwagen eine Bescheinigung des Arbeitgebers.
3. Sie bekommen den Ausweis per Post.

### Gebühren

Der Ausweis kostet **30,00 Euro** für ein Jahr.\\
Die Gebühr zahlen Sie online mit dem Antrag.

## Weitere Informationen

Fragen beantwortet das Bürgerbüro: [buergerbuero@example.org](mailto:buergerbuero@example.org) oder
[0641 306-0](tel:+496413060). Die Rechtsgrundlage steht in der
[Straßenverkehrs-Ordnung (StVO)](https://www.gesetze-im-internet.de/stvo_2013/). Zu den
[Bewohnerparkzonen im Stadtgebiet](/verkehr/bewohnerparkzonen).`;

/** Content an editor should not have written: raw HTML, script links, images and Markdown outside the subset. */
export const disallowedMarkdown = `## Hinweise

<script>alert("Hallo")</script>

Bitte <b>nicht</b> vergessen: <a href="https://example.org" onclick="alert(1)">Formular</a>.

[Jetzt bezahlen](javascript:alert(document.cookie)) oder [Quittung](&#106;avascript:alert(1))

![Stadtplan](https://example.org/stadtplan.png)

> Ein Zitat

\`Code\` und ~~durchgestrichen~~

---`;

/** The same service in English. */
export const residentParkingMarkdown = `With a **resident parking permit** you park in your neighbourhood without a ticket and without a
time limit, where there are resident parking spaces.

## Who can apply

- You live (*main or secondary residence*) in a resident parking zone.
- The vehicle is registered to you, or you use it permanently.

## Fees

The permit costs **€30.00** a year. More about the
[Road Traffic Regulations (StVO, German only)](https://www.gesetze-im-internet.de/stvo_2013/).`;
