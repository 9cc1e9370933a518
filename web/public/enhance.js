// Progressive enhancement only: every form works the same without this file.

// Forms with data-confirm ask before a step that cannot be undone (withdraw, decide, remove).
// Once a form is on its way its buttons are disabled, so a second click posts nothing twice. They
// are disabled after this event, when the pressed button's name and value are already taken.
document.addEventListener('submit', (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || form.method.toLowerCase() !== 'post') return;
  const message = form.dataset.confirm;
  if (message) {
    if (!window.confirm(message)) {
      event.preventDefault();
      return;
    }
    // Asked here: the server need not ask again with its own "are you sure" page.
    if (!form.querySelector('input[name="confirmed"]')) {
      const confirmed = document.createElement('input');
      confirmed.type = 'hidden';
      confirmed.name = 'confirmed';
      confirmed.value = 'yes';
      form.append(confirmed);
    }
  }
  setTimeout(() => {
    for (const button of form.querySelectorAll('button')) button.disabled = true;
  });
});

// Back to a page from the browser's cache: its buttons work again.
window.addEventListener('pageshow', (event) => {
  if (!event.persisted) return;
  for (const button of document.querySelectorAll('form button[disabled]')) button.disabled = false;
});

// The score form shows the weighted score the chosen values give, as they are chosen, computed
// as the ranking does: Σ w·(score − 1)/4 / Σ w × 100.
for (const form of document.querySelectorAll('form[data-score-preview]')) {
  const preview = form.querySelector('[data-preview]');
  const output = preview?.querySelector('output');
  if (!preview || !output) continue;
  const number = new Intl.NumberFormat(document.documentElement.lang, { maximumFractionDigits: 1 });
  const update = () => {
    let weighted = 0;
    let weights = 0;
    let complete = true;
    for (const group of form.querySelectorAll('fieldset[data-weight]')) {
      const weight = Number(group.dataset.weight);
      const chosen = group.querySelector('input:checked');
      weights += weight;
      if (chosen) weighted += (weight * (Number(chosen.value) - 1)) / 4;
      else complete = false;
    }
    output.textContent =
      complete && weights > 0
        ? preview.dataset.template.replace('{score}', number.format((100 * weighted) / weights))
        : preview.dataset.incomplete;
  };
  form.addEventListener('change', update);
  preview.hidden = false;
  update();
}
