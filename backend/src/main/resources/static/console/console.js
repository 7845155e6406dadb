// The console's small script: NHS.UK frontend components, focus on the error summary, and the CSRF header on
// every htmx request (forms also carry it as a hidden field, so everything works without JavaScript).
import { initAll } from '/static/nhsuk/nhsuk-frontend.min.js';

initAll();

const focusSummary = () => {
  const summary = document.querySelector('[data-wm-focus]');
  if (summary) {
    summary.focus();
  }
};
focusSummary();

document.addEventListener('htmx:configRequest', (event) => {
  const token = document.querySelector('input[name="_csrf"]');
  if (token) {
    event.detail.headers['X-CSRF-Token'] = token.value;
  }
});
document.addEventListener('htmx:afterSwap', focusSummary);
