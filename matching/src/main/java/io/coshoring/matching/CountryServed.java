package io.coshoring.matching;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether an offer works in a country a demand names ("payroll for our Israeli team"): its text
 * names the country, or its author is there. Payroll, tax, legal, recruiting or sales work done
 * under one country's rules is best done by someone who knows them, however well the work is done
 * elsewhere.
 */
final class CountryServed {

  /**
   * The country of the timezones coshoring's spaces are in, and of the big cities of the countries
   * {@link CountriesNamed} reads; a zone not here says no country. A timezone is where the author
   * is, while a post's city is given only for on-site work.
   */
  private static final Map<String, String> COUNTRY_OF_ZONE =
      Map.ofEntries(
          Map.entry("Asia/Jerusalem", "IL"),
          Map.entry("Asia/Tel_Aviv", "IL"),
          Map.entry("Europe/London", "GB"),
          Map.entry("Europe/Belfast", "GB"),
          Map.entry("America/New_York", "US"),
          Map.entry("America/Chicago", "US"),
          Map.entry("America/Denver", "US"),
          Map.entry("America/Phoenix", "US"),
          Map.entry("America/Los_Angeles", "US"),
          Map.entry("Europe/Paris", "FR"),
          Map.entry("Europe/Berlin", "DE"),
          Map.entry("America/Toronto", "CA"),
          Map.entry("America/Montreal", "CA"),
          Map.entry("America/Vancouver", "CA"),
          Map.entry("Europe/Madrid", "ES"),
          Map.entry("Europe/Rome", "IT"),
          Map.entry("Europe/Amsterdam", "NL"),
          Map.entry("Europe/Lisbon", "PT"),
          Map.entry("Europe/Brussels", "BE"),
          Map.entry("Europe/Zurich", "CH"),
          Map.entry("Europe/Dublin", "IE"),
          Map.entry("Australia/Sydney", "AU"),
          Map.entry("Australia/Melbourne", "AU"),
          Map.entry("America/Sao_Paulo", "BR"));

  private CountryServed() {}

  /**
   * Whether the offer works in one of the countries the demand names; true when it names none, as a
   * demand that says no country asks for none.
   */
  static boolean served(IndexedPost demand, IndexedPost offer, Reasons reasons) {
    Set<String> asked = demand.countriesNamed();
    if (asked.isEmpty()) {
      return true;
    }
    Set<String> worksIn = new TreeSet<>(offer.countriesNamed());
    String home = COUNTRY_OF_ZONE.get(offer.post().zone().getId());
    if (home != null) {
      worksIn.add(home);
    }
    Set<String> met = new TreeSet<>(asked);
    met.retainAll(worksIn);
    if (met.isEmpty()) {
      reasons.add(() -> Reason.of("notSaidToWorkIn", "countries", sorted(asked)));
    } else {
      reasons.add(() -> Reason.of("worksIn", "countries", List.copyOf(met)));
    }
    return !met.isEmpty();
  }

  private static List<String> sorted(Set<String> countries) {
    return countries.stream().sorted().toList();
  }
}
