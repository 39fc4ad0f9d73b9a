package io.coshoring.discord;

import io.coshoring.core.language.Language;
import io.coshoring.core.language.Phrasebook;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandGroupData;

/**
 * The slash commands as Discord registers them, with typed options: the same grammar as every
 * platform, each option a field instead of a {@code key:value} word. Names and choice values are
 * the same words in every language; descriptions and the names of choices come from the message
 * bundles ({@code discord.*} keys), in English by default and in each other language the bot writes
 * in that Discord's clients run in.
 */
final class CommandDefinitions {

  static final String OFFER = "offer";
  static final String DEMAND = "demand";
  static final String COSHORE = "coshore";

  static final String TEXT = "text";
  static final String SKILLS = "skills";
  static final String RATE = "rate";
  static final String BUDGET = "budget";
  static final String REMOTE = "remote";
  static final String CITY = "city";
  static final String UNTIL = "until";
  static final String VISIBILITY = "visibility";
  static final String OVERLAP = "overlap";

  private static final Phrasebook BOOK = Phrasebook.standard();

  private CommandDefinitions() {}

  static List<CommandData> all() {
    return List.of(post(OFFER, RATE), post(DEMAND, BUDGET), coshore());
  }

  private static CommandData post(String name, String priceOption) {
    String own = "discord." + name;
    return slash(name, own)
        .addOptions(
            option(TEXT, own + ".text", false),
            option(SKILLS, "discord.post.skills", false).setAutoComplete(true),
            option(priceOption, own + "." + priceOption, false),
            option(REMOTE, "discord.post.remote", false)
                .addChoices(choice("remote"), choice("onsite"), choice("either")),
            option(CITY, "discord.post.city", false),
            option(UNTIL, "discord.post.until", false),
            option(VISIBILITY, "discord.post.visibility", false)
                .addChoices(choice("network"), choice("space")),
            option(OVERLAP, "discord.post.overlap", false)
                .addChoices(choice("live"), choice("async")));
  }

  private static CommandData coshore() {
    String c = "discord.coshore.";
    return slash(COSHORE, "discord.coshore")
        .addSubcommands(
            sub("mine", c + "mine"),
            sub("close", c + "close").addOptions(option("id", c + "close.id", true)),
            sub("search", c + "search").addOptions(option("query", c + "search.query", true)),
            sub("stats", c + "stats"),
            sub("profile", c + "profile")
                .addOptions(
                    option("tz", c + "profile.tz", false),
                    option("hours", c + "profile.hours", false),
                    option("lang", c + "profile.lang", false),
                    option("notify", c + "profile.notify", false)
                        .addChoices(choice("instant"), choice("daily"), choice("off")),
                    option("name", c + "profile.name", false)
                        .addChoices(choice("first"), choice("full"))),
            sub("setup", c + "setup")
                .addOptions(
                    option("city", c + "setup.city", false),
                    option("tz", c + "setup.tz", false),
                    option("name", c + "setup.name", false),
                    option("share", c + "setup.share", false)
                        .addChoices(choice("network"), choice("space")),
                    option("lang", c + "setup.lang", false)
                        .addChoice("English", "en")
                        .addChoice("Français", "fr")
                        .addChoice("עברית", "he")),
            sub("help", c + "help"),
            sub("forget-me", c + "forget-me"))
        .addSubcommandGroups(
            group("bridge", c + "bridge")
                .addSubcommands(
                    sub("create", c + "bridge.create")
                        .addOptions(option("name", c + "bridge.create.name", true)),
                    sub("join", c + "bridge.join")
                        .addOptions(option("code", c + "bridge.join.code", true)),
                    sub("code", c + "bridge.code"),
                    sub("status", c + "bridge.status"),
                    sub("pause", c + "bridge.pause"),
                    sub("resume", c + "bridge.resume"),
                    sub("leave", c + "bridge.leave")));
  }

  private static SlashCommandData slash(String name, String key) {
    return Commands.slash(name, english(key)).setDescriptionLocalizations(translations(key));
  }

  private static SubcommandGroupData group(String name, String key) {
    return new SubcommandGroupData(name, english(key))
        .setDescriptionLocalizations(translations(key));
  }

  private static SubcommandData sub(String name, String key) {
    return new SubcommandData(name, english(key)).setDescriptionLocalizations(translations(key));
  }

  /** A text option. */
  private static OptionData option(String name, String key, boolean required) {
    return new OptionData(OptionType.STRING, name, english(key), required)
        .setDescriptionLocalizations(translations(key));
  }

  /**
   * A choice whose value is the word the command's grammar takes, the same in every language, and
   * whose name, what the member picks from, is its {@code discord.choice.<value>} text.
   */
  private static Command.Choice choice(String value) {
    String key = "discord.choice." + value;
    return new Command.Choice(english(key), value).setNameLocalizations(translations(key));
  }

  private static String english(String key) {
    return BOOK.in(Language.ENGLISH).get(key);
  }

  /**
   * The text in each language the bot writes in, English aside, for the Discord locale of that
   * language; a language Discord's clients do not run in is left out.
   */
  private static Map<DiscordLocale, String> translations(String key) {
    Map<DiscordLocale, String> translated = new EnumMap<>(DiscordLocale.class);
    for (Language language : Language.values()) {
      DiscordLocale locale = DiscordLocale.from(language.code());
      if (language != Language.ENGLISH && locale != DiscordLocale.UNKNOWN) {
        translated.put(locale, BOOK.in(language).get(key));
      }
    }
    return translated;
  }
}
