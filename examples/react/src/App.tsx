import { useEffect, useRef, useState } from "react";
// Defines <statement-reader> (a side effect of the package's script).
import "statement-reader";
import type { StatementReaderElement, StatementReaderSearchDetail, StatementReaderTheme } from "statement-reader";
// <statement-reader> in JSX, with its attributes typed.
import type {} from "statement-reader/react";

const THEMES: StatementReaderTheme[] = ["iran", "china", "ukraine-europe"];

export function App() {
  const ref = useRef<StatementReaderElement>(null);
  const [theme, setTheme] = useState<StatementReaderTheme>("iran");
  const [heard, setHeard] = useState<StatementReaderSearchDetail | null>(null);

  // The reader's events have a colon in their names, which JSX cannot write as a prop: listen
  // through a ref. The listener's event is typed from the package's HTMLElementEventMap.
  useEffect(() => {
    const reader = ref.current;
    if (!reader) return;
    const onSearch = (event: CustomEvent<StatementReaderSearchDetail>) => setHeard(event.detail);
    reader.addEventListener("statement-reader:search", onSearch);
    return () => reader.removeEventListener("statement-reader:search", onSearch);
  }, []);

  // `document.querySelector` knows the element's type too.
  const found: StatementReaderElement | null = document.querySelector("statement-reader");
  void found;

  return (
    <main>
      <h1>A React host</h1>
      <p>
        <label>
          Theme{" "}
          <select value={theme} onChange={(event) => setTheme(event.target.value as StatementReaderTheme)}>
            {THEMES.map((id) => (
              <option key={id} value={id}>
                {id}
              </option>
            ))}
          </select>
        </label>
      </p>
      <p>
        Matches (from <code>statement-reader:search</code>):{" "}
        <output id="matches">{heard ? `${heard.total} for “${heard.query}”` : "none yet"}</output>
      </p>
      <statement-reader ref={ref} id="reader" q="iran" theme={theme} height="40em" />
    </main>
  );
}
