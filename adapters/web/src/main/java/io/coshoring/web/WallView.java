package io.coshoring.web;

import io.coshoring.core.api.Wall;
import io.coshoring.core.language.Language;
import io.coshoring.core.language.Phrases;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the wall's page shows one reader: its words in their language, the filters as they set them,
 * and the cards.
 *
 * @param skillNames every skill the taxonomy knows, for the skill filter to suggest
 * @param spokenLanguages the language codes the filter offers
 * @param ownPosts the ids of the signed-in reader's open posts, which the page marks theirs
 */
record WallView(
    Phrases phrases,
    WallRequest request,
    List<CardView> cards,
    List<Wall.WallSpace> spaces,
    List<String> skillNames,
    List<String> spokenLanguages,
    Set<String> ownPosts) {

  /** The page's words, as its templates ask for them. */
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

  /** Who reads the page: signed in, or offered to sign in, or neither. */
  Visitor visitor() {
    return request.visitor();
  }

  /**
   * Whether the card is the reader's own post: they may close it or keep it open, not answer it.
   */
  boolean mine(String cardId) {
    return ownPosts.contains(cardId);
  }

  String filter(String name) {
    return request.filter(name);
  }

  /** The live updates' address: the same filters, the same language. */
  String eventsPath() {
    String query = request.queryString();
    String language = "hl=" + lang();
    return WallSite.EVENTS + "?" + (query.isEmpty() ? language : query + "&" + language);
  }

  /** A spoken language named in the page's language: "hébreu" on a French page. */
  String languageName(String code) {
    Locale page = phrases.language().locale();
    String name = Locale.forLanguageTag(code).getDisplayLanguage(page);
    return name.isEmpty() ? code : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** The languages a reader can switch the page to, each named in itself. */
  List<Language> pageLanguages() {
    return PageLanguage.all();
  }

  /** The address of this page in another language, the filters kept. */
  String inLanguage(Language language) {
    String query = request.queryString().replaceAll("(^|&)hl=[^&]*", "");
    String kept = query.startsWith("&") ? query.substring(1) : query;
    return "/?" + (kept.isEmpty() ? "" : kept + "&") + "hl=" + language.code();
  }
}
