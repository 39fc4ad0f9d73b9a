package io.coshoring.discord;

import java.util.List;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandGroupData;

/**
 * The slash commands as Discord registers them, with typed options: the same grammar as every
 * platform, each option a field instead of a {@code key:value} word.
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

  private CommandDefinitions() {}

  static List<CommandData> all() {
    return List.of(post(OFFER, RATE), post(DEMAND, BUDGET), coshore());
  }

  private static CommandData post(String name, String priceOption) {
    boolean offer = name.equals(OFFER);
    return Commands.slash(name, offer ? "Post what you offer to the network" : "Post what you need")
        .addOptions(
            new OptionData(
                OptionType.STRING,
                TEXT,
                offer
                    ? "What you offer, e.g. I edit promo videos, FR/EN"
                    : "What you need; leave out for a form",
                false),
            new OptionData(OptionType.STRING, SKILLS, "Skills, separated by commas", false, true),
            new OptionData(
                OptionType.STRING,
                priceOption,
                offer ? "Your rate, e.g. 60 EUR/hour" : "Your budget, e.g. 3000 EUR",
                false),
            new OptionData(OptionType.STRING, REMOTE, "Remote or on site", false)
                .addChoice("remote", "remote")
                .addChoice("on site", "onsite")
                .addChoice("either", "either"),
            new OptionData(OptionType.STRING, CITY, "City, for on-site work", false),
            new OptionData(OptionType.STRING, UNTIL, "Open until, e.g. 2026-12-31", false),
            new OptionData(OptionType.STRING, VISIBILITY, "Who sees it", false)
                .addChoice("the whole network", "network")
                .addChoice("only this server", "space"),
            new OptionData(OptionType.STRING, OVERLAP, "Shared working hours needed?", false)
                .addChoice("live: at the same hours", "live")
                .addChoice("async: done apart", "async"));
  }

  private static CommandData coshore() {
    return Commands.slash(COSHORE, "Your posts, matches, profile and search")
        .addSubcommands(
            new SubcommandData("mine", "Your open posts and your matches"),
            new SubcommandData("close", "Stop matching one of your posts")
                .addOption(OptionType.STRING, "id", "The post's id, as in p3k9x2a", true),
            new SubcommandData("search", "Browse the network's open posts")
                .addOption(OptionType.STRING, "query", "Words to look for", true),
            new SubcommandData("profile", "What matching knows of you")
                .addOption(OptionType.STRING, "tz", "Your timezone, e.g. Europe/Paris", false)
                .addOption(OptionType.STRING, "hours", "Your working hours, e.g. 9-18", false)
                .addOption(OptionType.STRING, "lang", "Your languages, e.g. fr,en", false)
                .addOptions(
                    new OptionData(OptionType.STRING, "notify", "Match messages", false)
                        .addChoice("at once", "instant")
                        .addChoice("a daily digest", "daily")
                        .addChoice("none", "off")),
            new SubcommandData("setup", "Register this server as a space (admins)")
                .addOption(OptionType.STRING, "city", "The space's city", false)
                .addOption(OptionType.STRING, "tz", "The space's timezone", false)
                .addOption(OptionType.STRING, "name", "The space's name", false)
                .addOptions(
                    new OptionData(OptionType.STRING, "share", "Who sees its posts", false)
                        .addChoice("the whole network", "network")
                        .addChoice("only this server", "space")),
            new SubcommandData("help", "What coshoring can do"),
            new SubcommandData("forget-me", "Delete your posts, matches and profile"))
        .addSubcommandGroups(
            new SubcommandGroupData("bridge", "Bridge this channel with channels of other spaces")
                .addSubcommands(
                    new SubcommandData("create", "Bridge this channel (admins)")
                        .addOption(OptionType.STRING, "name", "The bridge's name", true),
                    new SubcommandData("join", "Join this channel to a bridge (admins)")
                        .addOption(OptionType.STRING, "code", "The join code, as K7M2-Q9XD", true),
                    new SubcommandData("code", "Another join code for this bridge (admins)"),
                    new SubcommandData("status", "This channel's bridge and its backlog"),
                    new SubcommandData("pause", "Stop relaying this channel (admins)"),
                    new SubcommandData("resume", "Relay this channel again (admins)"),
                    new SubcommandData("leave", "Take this channel out of its bridge (admins)")));
  }
}
