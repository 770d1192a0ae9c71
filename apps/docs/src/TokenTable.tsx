import themes from "../../../packages/ui/tokens/themes.json";

type Tokens = Record<string, string>;

const files = import.meta.glob<Tokens>("../../../packages/ui/dist/tokens/*.json", { eager: true, import: "default" });

function tokensOf(theme: string, scheme: string): Tokens {
  return files[`../../../packages/ui/dist/tokens/${theme}.${scheme}.json`] ?? {};
}

const columns = [
  { theme: "default", scheme: "light", title: "Neutral" },
  { theme: "default", scheme: "dark", title: "Neutral, dunkel" },
  ...Object.entries(themes).map(([theme, title]) => ({ theme, scheme: "light", title })),
];

/** Every colour token in every theme, as swatches with their values, for designers and city developers. */
export function TokenTable() {
  const names = Object.keys(tokensOf("default", "light")).filter((name) => name.startsWith("--dk-color-"));
  return (
    <table className="dk-token-table" style={{ borderCollapse: "collapse", fontSize: 14 }}>
      <caption style={{ textAlign: "start", fontWeight: 700, paddingBlockEnd: 8 }}>
        Farb-Tokens je Theme / colour tokens per theme
      </caption>
      <thead>
        <tr>
          <th scope="col" style={{ textAlign: "start" }}>
            Token
          </th>
          {columns.map((column) => (
            <th scope="col" key={`${column.theme}-${column.scheme}`} style={{ textAlign: "start", padding: 4 }}>
              {column.title}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {names.map((name) => (
          <tr key={name}>
            <th scope="row" style={{ textAlign: "start", fontFamily: "monospace", fontWeight: 400, padding: 4 }}>
              {name}
            </th>
            {columns.map((column) => {
              const value = tokensOf(column.theme, column.scheme)[name] ?? "";
              return (
                <td key={`${column.theme}-${column.scheme}`} style={{ padding: 4, whiteSpace: "nowrap" }}>
                  <span
                    aria-hidden="true"
                    style={{
                      display: "inline-block",
                      inlineSize: 20,
                      blockSize: 20,
                      marginInlineEnd: 6,
                      verticalAlign: "middle",
                      background: value,
                      border: "1px solid #505a5f",
                    }}
                  />
                  <code>{value}</code>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
