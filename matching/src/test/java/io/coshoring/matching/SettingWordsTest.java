package io.coshoring.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which skills a demand names as the work, and which as its setting, sentence by sentence. */
class SettingWordsTest {

  private final SkillExtractor reader =
      new SkillExtractor(
          TestTaxonomy.of(
              "react | React | react developer, react dev | développeur react, dev react | ריאקט",
              "node | Node.js | node, nodejs | | נוד",
              "figma | Figma | figma designer | | פיגמה",
              "shopify | Shopify | shopify store, shopify expert | boutique shopify | שופיפיי",
              "odoo | Odoo | odoo erp | | אודו",
              "webflow | Webflow | webflow site | site webflow | וובפלואו",
              "zapier | Zapier | zaps | automatisation zapier",
              "tiktok | TikTok | tik tok | | טיקטוק",
              "influencer-marketing | Influencer marketing | instagram influencers | influenceurs instagram | משפיענים",
              "contract-law | Contract law | lawyer, contract lawyer | avocat | עורך דין",
              "photography | Photography | photographer | photographe | צלם",
              "copywriting | Copywriting | copywriter, write the copy | rédacteur | קופירייטר",
              "ui-design | UI design | designer, ui designer | designer ui | מעצב"));

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // English: the setting is what the asker says about its own things.
        "Need a lawyer to review the contracts we sign with Instagram influencers | contract-law, influencer-marketing | influencer-marketing",
        "Looking for a photographer for our Shopify store's product pages | photography, shopify | shopify",
        "A designer for the app our React team builds | ui-design, react | react",
        "Someone to write the copy for our Webflow site | copywriting, webflow | webflow",
        "Need a designer for the app that our team built in React | ui-design, react | react",
        "We need a React developer for our Shopify store | react, shopify | shopify",
        "We are a Shopify agency and need a React developer | shopify, react | shopify",
        "Need a React developer, we use Shopify and want a Figma designer too | react, shopify, figma | shopify",
        "Our Webflow site. React developer needed | webflow, react | webflow",
        "Need a photographer for my Shopify store | photography, shopify | shopify",
        "I run a Shopify store and need a React developer | shopify, react | shopify",
        // English: a skill said with the need stays the work.
        "Need a React developer who also knows Figma | react, figma | ''",
        "Need a Figma designer to work on React and Node | figma, react, node | ''",
        "Need a React developer and a Figma designer | react, figma | ''",
        "We use Shopify and Zapier | shopify, zapier | ''",
        // English: "for" and a count, the pieces the work is done on; not the people sought.
        "Need a copywriter for 12 Webflow landing pages | copywriting, webflow | webflow",
        "A photographer for three Shopify stores, one shoot each | photography, shopify | shopify",
        "Looking for 2 React developers and a Figma designer | react, figma | ''",
        "Need a Figma designer for 3 weeks, React dev later | figma, react | ''",
        // French
        "Cherche un·e rédacteur·rice pour 5 pages Webflow | copywriting, webflow | webflow",
        "Cherche un·e dev React et Node | react, node | ''",
        "Besoin d'un·e dev React pour une appli qui parle à notre Odoo | react, odoo | odoo",
        "Cherche un·e avocat·e pour les contrats qu'on signe avec des influenceurs Instagram | contract-law, influencer-marketing | influencer-marketing",
        "On cherche un·e photographe pour notre boutique Shopify | photography, shopify | shopify",
        "Un·e designer pour l'appli que nous avons faite en React | ui-design, react | react",
        "Cherche un·e rédacteur·rice pour notre site Webflow | copywriting, webflow | webflow",
        "Je cherche un·e dev React pour ma boutique Shopify | react, shopify | shopify",
        "Cherche un·e dev React qui connaît aussi Figma | react, figma | ''",
        "Nous cherchons un·e dev React et un·e designer Figma | react, ui-design, figma | ''",
        // Hebrew: "שלנו" follows its noun
        "מחפשים מעצב/ת לחנות השופיפיי שלנו | ui-design, shopify | shopify",
        "דרוש/ה עורך/ת דין לחוזים שאנחנו חותמים עם משפיענים | contract-law, influencer-marketing | influencer-marketing",
        "מחפשת צלם/ת לחנות השופיפיי שלי | photography, shopify | shopify",
        "מחפשים מפתח ריאקט לאתר שלנו | react | ''",
        "מחפשים מפתח/ת ריאקט ופיגמה | react, figma | ''",
        "צריכים צלם/ת לאתר הוובפלואו שלנו | photography, webflow | webflow",
        "אנחנו צריכים מעצב/ת לאפליקציה שצוות הריאקט שלנו בונה | ui-design, react | react"
      })
  void aDemandsWorkIsWhatItNeedsAndItsSettingWhatItSaysOfItsOwnThings(
      String text, String skills, String context) {
    IndexedPost read = reader.read(TestPosts.demand("d", "lea@paris", text).build());

    assertEquals(Set.of(skills.split(", ")), read.skills(), text);
    assertEquals(context.isEmpty() ? Set.of() : Set.of(context.split(", ")), read.context(), text);
  }
}
