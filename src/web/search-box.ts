// The search box: suggestions from GET /people?q= as the user types, usable with the keyboard
// (arrows, Enter, Escape) as an ARIA combobox.
import { getJson, type Page, type Person } from "./api.js";

export function searchBox(
  input: HTMLInputElement,
  list: HTMLElement,
  onPick: (person: Person) => void,
  onError: (e: Error) => void,
) {
  let items: Person[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };
  const render = () => {
    list.replaceChildren(
      ...items.map((p, i) => {
        const li = document.createElement("div");
        li.id = `suggestion-${i}`;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", String(i === active));
        li.textContent = p.name;
        const small = document.createElement("small");
        small.textContent = ` — ${p.meetingCount} meeting${p.meetingCount === 1 ? "" : "s"}${p.titles[0] ? `, ${p.titles[0]}` : ""}`;
        li.append(small);
        li.addEventListener("mousedown", (e) => {
          e.preventDefault();
          pick(i);
        });
        return li;
      }),
    );
    list.hidden = items.length === 0;
    input.setAttribute("aria-expanded", String(items.length > 0));
    if (active >= 0) input.setAttribute("aria-activedescendant", `suggestion-${active}`);
  };
  const pick = (i: number) => {
    const person = items[i];
    if (!person) return;
    input.value = person.name;
    close();
    onPick(person);
  };
  const suggest = async (q: string) => {
    const ticket = ++asked;
    try {
      const page = await getJson<Page<Person>>("/people", { q, limit: "8" });
      if (ticket !== asked) return; // a newer query is on its way
      items = page.items;
      active = items.length ? 0 : -1;
      render();
    } catch (error) {
      onError(error as Error);
    }
  };

  input.addEventListener("input", () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2) {
      items = [];
      close();
      return;
    }
    timer = setTimeout(() => void suggest(q), 150);
  });
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" && items.length) {
      active = (active + 1) % items.length;
      render();
      e.preventDefault();
    } else if (e.key === "ArrowUp" && items.length) {
      active = (active - 1 + items.length) % items.length;
      render();
      e.preventDefault();
    } else if (e.key === "Enter") {
      if (active >= 0) pick(active);
      e.preventDefault();
    } else if (e.key === "Escape") close();
  });
  input.addEventListener("blur", () => setTimeout(close, 100));
}
