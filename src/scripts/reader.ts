/** Progressive enhancement: remembered font size and script, print button, reading position on switch. */
const root = document.documentElement;
const POSITION_KEY = "np-pos";
/** The remembered edition id; the site root reads it (src/pages/index.astro). */
const EDITION_KEY = "np-edition";
const BLOCKS = ".np-article :is(h1,h2,h3,h4,p,li,blockquote,figure,table,pre)";
/** Short names for what the script repeats (it is inlined into every page: bytes count). */
const all = <E extends Element = Element>(selector: string) => document.querySelectorAll<E>(selector);
const here = () => location.origin + location.pathname;

function store(storage: Storage | undefined, key: string, value: string): void {
  try {
    storage?.setItem(key, value);
  } catch {
    // Storage may be disabled; the page works without it.
  }
}

for (const input of all<HTMLInputElement>("input[name=np-font]")) {
  input.checked = input.value === root.dataset["font"];
  input.addEventListener("change", () => {
    root.dataset["font"] = input.value;
    store(localStorage, "np-font", input.value);
  });
}

for (const button of all<HTMLButtonElement>("[data-np-print]")) {
  button.hidden = false;
  button.addEventListener("click", () => print());
}

for (const link of all<HTMLAnchorElement>("[data-np-edition]")) {
  link.addEventListener("click", () => {
    store(localStorage, EDITION_KEY, link.dataset["npEdition"] ?? "");
    const blocks = [...all(BLOCKS)];
    const index = blocks.findIndex((block) => block.getBoundingClientRect().bottom > 0);
    if (index < 0) return;
    const top = blocks[index]?.getBoundingClientRect().top ?? 0;
    store(sessionStorage, POSITION_KEY, JSON.stringify({ path: link.pathname, index, top }));
  });
}

function restorePosition(): void {
  let saved: { path?: string; index?: number; top?: number };
  try {
    saved = JSON.parse(sessionStorage.getItem(POSITION_KEY) ?? "{}");
    sessionStorage.removeItem(POSITION_KEY);
  } catch {
    return;
  }
  if (saved.path !== location.pathname || location.hash) return;
  const block = all(BLOCKS)[saved.index ?? -1];
  if (block) scrollTo({ top: scrollY + block.getBoundingClientRect().top - (saved.top ?? 0), behavior: "instant" });
}
restorePosition();

// Print the address the reader is on (the built-in one is the configured SITE's).
for (const url of all("[data-np-url]")) url.textContent = here();

// Copy link: shown only where the clipboard can be written.
for (const button of all<HTMLButtonElement>("[data-np-copy]")) {
  if (!navigator.clipboard) continue;
  button.hidden = false;
  button.addEventListener("click", () => {
    void navigator.clipboard.writeText(here()).then(() => {
      button.textContent = button.dataset["npCopied"] ?? button.textContent;
    });
  });
}

// Focus is never hidden (WCAG 2.4.11): a focused element under the sticky toolbar, or out of view in
// a row that scrolls sideways (the sections), is brought into view.
const bar = document.querySelector<HTMLElement>(".np-bar");
document.addEventListener("focusin", (event) => {
  const target = event.target;
  if (!(target instanceof HTMLElement) || bar?.contains(target)) return;
  target.scrollIntoView({ block: "nearest", inline: "nearest", behavior: "instant" });
  const covered = (bar?.getBoundingClientRect().bottom ?? 0) + 8 - target.getBoundingClientRect().top;
  if (covered > 0) scrollBy({ top: -covered, behavior: "instant" });
});

// A table wider than the column scrolls inside itself: keyboard users reach it with Tab (WCAG 2.1.1).
const tables = [...all<HTMLTableElement>(".np-article table")];
const markScrolling = () => {
  for (const table of tables) {
    if (table.scrollWidth > table.clientWidth + 1) table.tabIndex = 0;
    else table.removeAttribute("tabindex");
  }
};
if (tables.length > 0) {
  markScrolling();
  addEventListener("resize", markScrolling);
}
