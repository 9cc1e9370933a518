// Progressive enhancement only: every form works the same without this file.

// Forms with data-confirm ask before a step that cannot be undone (withdraw, decide, remove).
// Once a form is on its way its buttons are disabled, so a second click posts nothing twice. They
// are disabled after this event, when the pressed button's name and value are already taken.
document.addEventListener('submit', (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || form.method.toLowerCase() !== 'post') return;
  // Held back (a periodic save still on its way): it is sent again once that save has landed.
  if (event.defaultPrevented) return;
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

// Device classes follow the regulation chosen: MDR classes for MDR, IVDR classes for IVDR, none
// otherwise. Without this the server refuses a class of the other regulation with a message.
for (const select of document.querySelectorAll('select[data-classes-of]')) {
  const regulation = document.getElementById(select.dataset.classesOf);
  if (!(regulation instanceof HTMLSelectElement)) continue;
  const offer = (reset) => {
    for (const group of select.querySelectorAll('optgroup[data-regulation]')) {
      const fits = group.dataset.regulation === regulation.value;
      // A class the server was sent stays visible on a form shown again, next to its message.
      const chosen = group.contains(select.selectedOptions[0] ?? null);
      if (!fits && chosen && reset) select.value = '';
      group.hidden = !fits && !(chosen && !reset);
      group.disabled = group.hidden;
    }
  };
  regulation.addEventListener('change', () => offer(true));
  offer(false);
}

// The criteria's weights add up as they are typed (the server wrote the total at load).
for (const total of document.querySelectorAll('output[data-weight-total]')) {
  const form = total.closest('form');
  if (!form) continue;
  const number = new Intl.NumberFormat(document.documentElement.lang);
  form.addEventListener('input', (event) => {
    if (!(event.target instanceof HTMLInputElement) || !('weight' in event.target.dataset)) return;
    let sum = 0;
    for (const input of form.querySelectorAll('input[data-weight]')) {
      const weight = Number(input.value);
      if (input.value.trim() !== '' && Number.isFinite(weight)) sum += weight;
    }
    total.textContent = number.format(sum);
  });
}

// Long forms do not lose work. Leaving with changes not yet saved asks first (data-warn-unsaved);
// a draft's edit form also saves itself when changed (data-autosave="<seconds>"): the same form,
// posted to the same address with the version it holds, answered with JSON that carries the next
// version. A newer version saved elsewhere stops it: saving by hand then says what happened.
for (const form of document.querySelectorAll('form[data-warn-unsaved]')) {
  let changes = 0;
  let saved = 0;
  let leaving = false;
  let inFlight = null;
  const count = () => {
    changes += 1;
  };
  form.addEventListener('input', count);
  form.addEventListener('change', count);
  form.addEventListener('submit', (event) => {
    if (inFlight) {
      event.preventDefault();
      inFlight.finally(() => form.requestSubmit());
      return;
    }
    leaving = true;
  });
  window.addEventListener('beforeunload', (event) => {
    if (leaving || changes === saved) return;
    event.preventDefault();
    event.returnValue = '';
  });

  const seconds = Number(form.dataset.autosave);
  const status = form.querySelector('[data-autosave-status]');
  if (!seconds || !status) continue;
  const time = new Intl.DateTimeFormat(document.documentElement.lang, { hour: '2-digit', minute: '2-digit' });
  let stopped = false;
  // Changes the server refused as they were: sent again only once they change.
  let refused = -1;
  const say = (text) => {
    status.textContent = text;
    status.hidden = false;
  };
  const save = async () => {
    const upTo = changes;
    say(form.dataset.saving);
    try {
      const response = await fetch(form.action, {
        method: 'POST',
        body: new FormData(form),
        headers: { accept: 'application/json' },
        credentials: 'same-origin',
      });
      const answer = await response.json();
      if (answer.saved) {
        saved = upTo;
        const version = form.querySelector('input[name="version"]');
        if (version) version.value = String(answer.version);
        say(form.dataset.saved.replace('{time}', time.format(new Date(answer.saved_at))));
      } else if (answer.stale) {
        stopped = true;
        say(form.dataset.stale);
      } else {
        refused = upTo;
        say(form.dataset.invalid);
      }
    } catch {
      say(form.dataset.failed);
    }
  };
  setInterval(() => {
    if (stopped || leaving || inFlight || changes === saved || changes === refused) return;
    inFlight = save().finally(() => {
      inFlight = null;
    });
  }, seconds * 1000);
}
