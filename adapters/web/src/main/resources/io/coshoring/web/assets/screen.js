// The lobby screen runs for days on a TV nobody touches: it shows one card at a time and moves on
// every few seconds, adds the cards the server tells it of as they are posted (shown next, so news
// is seen at once), drops those that go, and takes the whole list again now and then, in case its
// stream missed something while it was reconnecting. It keeps a bounded number of cards, so that a
// week of posts does not fill the TV's memory.
document.addEventListener("DOMContentLoaded", function () {
  "use strict";
  var screen = document.getElementById("screen");
  var list = document.getElementById("rotation");
  var empty = document.getElementById("empty");
  var seconds = Number(screen.getAttribute("data-seconds")) || 12;
  var kept = Number(screen.getAttribute("data-kept")) || 40;
  var REFRESH = 10 * 60 * 1000;
  var RETRY = 60 * 1000;
  var shown = null;

  function cards() {
    return Array.prototype.slice.call(list.children);
  }

  function show(card) {
    if (shown) {
      shown.classList.remove("shown");
    }
    shown = card;
    if (card) {
      card.classList.add("shown");
    }
    empty.hidden = card !== null;
  }

  function next() {
    var all = cards();
    if (all.length === 0) {
      show(null);
      return;
    }
    show(all[(all.indexOf(shown) + 1) % all.length]);
  }

  function parsed(html) {
    var holder = document.createElement("template");
    holder.innerHTML = html.trim();
    return holder.content;
  }

  function byPost(id) {
    return cards().filter(function (card) {
      return card.getAttribute("data-post") === id;
    })[0];
  }

  function remove(id) {
    var card = byPost(id);
    if (!card) {
      return;
    }
    if (card === shown) {
      next();
      if (shown === card) {
        show(null);
      }
    }
    list.removeChild(card);
  }

  function add(html) {
    var card = parsed(html).firstElementChild;
    if (!card) {
      return;
    }
    var old = byPost(card.getAttribute("data-post"));
    if (old && old !== shown) {
      list.removeChild(old);
    } else if (old) {
      list.replaceChild(card, old);
      show(card);
      return;
    }
    if (shown && shown.nextSibling) {
      list.insertBefore(card, shown.nextSibling);
    } else {
      list.appendChild(card);
    }
    // The oldest card past the bound goes: the last one, unless it is on the screen.
    while (list.children.length > kept) {
      var last = list.lastElementChild === shown ? shown.previousElementSibling : list.lastElementChild;
      list.removeChild(last);
    }
    if (!shown) {
      show(card);
    }
  }

  function refresh() {
    var request = new XMLHttpRequest();
    request.open("GET", screen.getAttribute("data-cards"));
    request.onload = function () {
      if (request.status !== 200) {
        return;
      }
      var was = shown && shown.getAttribute("data-post");
      // Emptied by hand: a TV's browser may be older than replaceChildren.
      while (list.firstChild) {
        list.removeChild(list.firstChild);
      }
      list.appendChild(parsed(request.responseText));
      shown = null;
      show(byPost(was) || list.firstElementChild);
    };
    request.send();
  }

  function listen() {
    var source = new EventSource(screen.getAttribute("data-events"));
    var reconnecting = false;
    source.addEventListener("card", function (event) {
      add(event.data);
    });
    source.addEventListener("gone", function (event) {
      remove(event.data);
    });
    source.onopen = function () {
      if (reconnecting) {
        refresh();
      }
      reconnecting = false;
    };
    source.onerror = function () {
      reconnecting = true;
      // The browser opens the stream again by itself, unless the server refused it (a restart
      // behind a proxy, a space no longer shared): then the screen asks again a while later.
      if (source.readyState === EventSource.CLOSED) {
        setTimeout(listen, RETRY);
      }
    };
  }

  list.classList.add("rotating");
  show(list.firstElementChild);
  setInterval(next, seconds * 1000);
  setInterval(refresh, REFRESH);
  listen();
});
