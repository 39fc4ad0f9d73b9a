package io.coshoring.web;

import io.coshoring.core.api.Wall;
import io.coshoring.core.language.Phrases;
import java.util.List;

/**
 * What a space's lobby screen shows: its words in the space's language, the cards it rotates, and
 * the QR code that opens the wall.
 *
 * @param wallUrl the wall's absolute address, which the QR code holds
 * @param seconds how long each card stays before the next
 */
record ScreenView(
    Phrases phrases,
    Wall.WallSpace space,
    List<CardView> cards,
    QrCode qr,
    String wallUrl,
    int seconds) {

  String t(String key) {
    return phrases.get(key);
  }

  String t(String key, String name, Object value) {
    return phrases.get(key, name, value);
  }

  String lang() {
    return phrases.language().code();
  }

  String dir() {
    return phrases.language().rightToLeft() ? "rtl" : "ltr";
  }

  /** Where the screen hears of new cards, written in its language. */
  String eventsPath() {
    return LobbyScreen.pathOf(space.id()) + "/events?hl=" + lang();
  }

  /** Where the screen takes its cards again, now and then, in case the stream missed one. */
  String cardsPath() {
    return LobbyScreen.pathOf(space.id()) + "/cards?hl=" + lang();
  }
}
