// The button beside an event in a list that opens its evidence (sentences, names marked, sources).
export function evidenceButton(open: () => void): HTMLButtonElement {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "link evidence-link";
  button.textContent = "Evidence";
  button.addEventListener("click", open);
  return button;
}
