// A signed-in page sends its session's CSRF token with every htmx request, as the header the
// server checks; the page's forms also carry it as a field, for a browser without scripts.
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.querySelector('meta[name="csrf-token"]');
  if (token) {
    event.detail.headers["X-CSRF-Token"] = token.getAttribute("content");
  }
});
