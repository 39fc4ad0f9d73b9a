package io.coshoring.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountriesNamedTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Need a payroll provider for our Israeli team | IL",
        "Bookkeeping for startups in Israel | IL",
        "comptable pour une start-up israélienne | IL",
        "une équipe israélien·ne | IL",
        "מחפשים רואה חשבון לחברה ישראלית | IL",
        "שירותי שכר בישראל | IL",
        "accounting help for my UK Ltd | GB",
        "a British company | GB",
        "filing with HMRC | GB",
        "notre filiale au Royaume-Uni | GB",
        "expansion en Grande-Bretagne | GB",
        "רישום חברה בבריטניה | GB",
        "our Delaware C-corp's tax return | US",
        "launching in the United States | US",
        "US hours, payroll | US",
        "sales in the U.S. market | US",
        "an American client base | US",
        "lancement aux États-Unis | US",
        "un cabinet américain | US",
        "גיוס עובדים בארצות הברית | US",
        "פתיחת חברה בארה\"ב | US",
        "pour notre filiale en France | FR",
        "launching on the French market | FR",
        "une société française | FR",
        "German law and contracts | DE",
        "expansion en Allemagne | DE",
        "a Canadian subsidiary | CA",
        "une PME au Québec | CA",
        "payroll for our US and UK teams | US, GB",
        "an IL entity | IL",
        "employees in IL | IL",
        "our US/IL payroll | US, IL",
        "IL-based accountant | IL"
      })
  void aTextNamesTheCountriesOfItsWords(String text, String codes) {
    assertEquals(Set.of(codes.split(", ")), CountriesNamed.in(PostText.of(text)));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "a French translator",
        "native French speaker",
        "German and Spanish voice-over",
        "traduction anglais-français",
        "American English voice for our ad",
        "a British accent",
        "anglais britannique, voix off",
        "UK English copywriting",
        "Brazilian Portuguese subtitles",
        "Latin American Spanish",
        "North American clients",
        "French-speaking customers",
        "help us with our books",
        "Contact us for payroll",
        "CONTACT US TODAY",
        "Il faut un comptable",
        "IL FAUT UN COMPTABLE",
        "our office in Chicago, IL",
        "מתרגם מעברית לאנגלית",
        "a React developer, remote"
      })
  void aLanguageAPronounOrAnotherCodeNamesNoCountry(String text) {
    assertEquals(Set.of(), CountriesNamed.in(PostText.of(text)));
  }
}
