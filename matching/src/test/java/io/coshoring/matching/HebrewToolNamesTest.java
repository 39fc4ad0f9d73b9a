package io.coshoring.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Israelis write tools, languages and tech jobs in Hebrew letters (פייתון, ריאקט, אקסל), with a
 * geresh typed three ways (ג׳אווה, ג'אווה, ג’אווה) and gershayim two (סמנכ״ל, סמנכ"ל), prefix
 * letters joined to the word (בפייתון, לוורדפרס, ואקסל) and both genders with a slash (מפתח/ת).
 * Each is read as the skill, against the shipped taxonomy; transliterations that are also ordinary
 * Hebrew words are not.
 */
class HebrewToolNamesTest {

  private static final SkillExtractor EXTRACTOR = new SkillExtractor(SkillTaxonomy.standard());

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "פייתון | python",
        "ניסיון בפייתון | python",
        "בפיתון | python",
        "ג'אווה | java",
        "ניסיון בג'אווה | java",
        "ניסיון בג׳אווה | java",
        "ניסיון בג’אווה | java",
        "וג'אבה | java",
        "בג'אווה סקריפט | javascript",
        "ג׳אווהסקריפט | javascript",
        "בטייפסקריפט | typescript",
        "וריאקט | react",
        "אפליקציה בריאקט נייטיב | react-native",
        "מעבר לוורדפרס | wordpress",
        "וורד פרס | wordpress",
        "וורד ואקסל | excel-finance",
        "ומאקרו באקסל | vba",
        "כתיבת מאקרואים | vba",
        "ומאקרואים לאקסל | vba",
        "בפיגמה | figma",
        "צריכה סקרייפר | web-scraping",
        "ולסקרייפינג | web-scraping",
        "בשופיפי | shopify",
        "שופיפיי | shopify",
        "מהנדס דבאופס | devops",
        "מפתחת פולסטאק | full-stack-development",
        "ובבקאנד | back-end-development",
        "לבאקאנד | back-end-development",
        "פרונטאנדיסטית | front-end-development",
        "באנדרואיד | android",
        "לאייפון | ios",
        "תיקון אייפון | hardware-repair",
        "בקוברנטיס | kubernetes",
        "בטרפורם | terraform",
        "בג׳ירה | jira",
        "בג'נגו | django",
        "בלאראבל | laravel",
        "באז׳ור | azure",
        "במונגו | mongodb",
        "בגיטהאב | git",
        "בקוטלין | kotlin",
        "בצ'אט ג'י פי טי | generative-ai",
        "בצ׳אטג׳יפיטי | generative-ai",
        "באילוסטרייטור | adobe-illustrator",
        "בקנבה | canva",
        "באפטר אפקטס | after-effects",
        "בפרמייר פרו | premiere-pro",
        "עריכת וידיאו | video-editing",
        "רילס | short-form-video",
        "בהבספוט | hubspot",
        "בחשבשבת | accounting-software",
        "בפאוור בי איי | power-bi",
        "שרטוט באוטוקאד | technical-drawing",
        "דרוש/ה מפתח/ת פולסטאק | full-stack-development",
        "מעצב/ת גרפי/ת | graphic-design",
        "מעצבת גרפית | graphic-design",
        "דרושה מתכנת/ת | software-development",
        "פרונטאנדיסט/ית | front-end-development",
        "מפתחים/ות בג'יי קוורי | jquery",
        "סמנכ\"ל טכנולוגיות | cto-services",
        "לסמנכ״ל טכנולוגיות | cto-services",
        "קואצ'ינג | coaching",
        "בקואצ׳ינג | coaching"
      })
  void aToolWrittenInHebrewLettersIsTheSkill(String text, String skill) {
    assertEquals(Set.of(skill), EXTRACTOR.fromText(text), text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // גאווה is pride: Java needs its geresh.
        "גאווה גדולה",
        // ורד is a rose and a first name; וורד is the same word in full spelling.
        "זר ורדים של ורד",
        "וורד",
        // Mount Arbel, not Laravel.
        "טיול לארבל",
        // A blender, a scale, a stabber in the news and Kafka the writer.
        "בלנדר חדש",
        "סקאלה",
        "קפקא",
        // Premier League; SWIFT bank transfers; an area; stand-up paddle.
        "פרמייר ליג",
        "העברת סוויפט",
        "אזור המרכז",
        "סאפ בים",
        // ב + אש (in fire); ב + אבל (in mourning).
        "באש",
        "באבל"
      })
  void aTransliterationThatIsAlsoAHebrewWordIsNot(String text) {
    assertEquals(Set.of(), EXTRACTOR.fromText(text), text);
  }
}
