// The wall asks the reader's browser for their timezone, to show the working hours they share
// with each author; the page then reloads its cards with it. Nothing else runs here: htmx does
// the rest, from the page's own attributes.
document.addEventListener("DOMContentLoaded", function () {
  var zone = document.getElementById("tz");
  if (!zone || zone.value) {
    return;
  }
  try {
    zone.value = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
  } catch (e) {
    zone.value = "";
  }
  if (zone.value && window.htmx) {
    htmx.trigger(document.getElementById("filters"), "change");
  }
});
