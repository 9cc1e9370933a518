// Starts Swagger UI on /api/docs. Kept out of the page so the CSP can forbid inline script.
window.addEventListener('DOMContentLoaded', () => {
  const el = document.getElementById('swagger-ui');
  if (!el || !window.SwaggerUIBundle) return;
  window.SwaggerUIBundle({ url: el.dataset.specUrl, domNode: el, deepLinking: true });
});
