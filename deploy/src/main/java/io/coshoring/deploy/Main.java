package io.coshoring.deploy;

import io.coshoring.console.ConsoleShell;
import io.coshoring.core.CoshoringCore;
import io.coshoring.core.storage.Database;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Starts coshoring. With no platform credentials it runs the embedded default: SQLite under the
 * data folder and the console shell. {@code --demo} first seeds three spaces with members and
 * posts. {@code --export-labels <file>} writes the members' answers to matches for tuning the
 * engine, and exits.
 */
public final class Main {

  private static final String USAGE = "coshoring [--demo | --export-labels <file.json>]";

  private Main() {}

  public static void main(String[] args) {
    List<String> options = List.of(args);
    if (options.contains("--help")) {
      System.out.println(
          "Usage: "
              + USAGE
              + "\nWith no SLACK_ or DISCORD_ settings, runs the console shell (--demo seeds"
              + " a demo network).\n--export-labels writes the members' answers to matches as an"
              + " evaluation file for the engine, and exits.\nSettings are read from the"
              + " environment; see the README.");
      return;
    }
    if (!options.isEmpty() && options.get(0).equals("--export-labels")) {
      if (options.size() != 2) {
        failTo("export the labels", "--export-labels takes one file to write. Usage: " + USAGE);
      }
      exportLabels(Path.of(options.get(1)));
      return;
    }
    for (String option : options) {
      if (!option.equals("--demo")) {
        fail("unknown option '" + option + "'. Usage: " + USAGE);
      }
    }
    try {
      Settings settings = Settings.load(System.getenv());
      if (settings.slack().isPresent() || settings.discord().isPresent()) {
        if (options.contains("--demo")) {
          fail("--demo is for the console shell; unset the SLACK_ and DISCORD_ settings to use it");
        }
        runServer(settings);
      } else {
        runConsole(settings, options.contains("--demo"));
      }
    } catch (SettingsException e) {
      fail("setting " + e.getMessage());
    } catch (IOException e) {
      fail(e.getMessage());
    }
  }

  private static void runConsole(Settings settings, boolean demo) throws IOException {
    Path data = prepare(settings.dataFolder());
    try (CoshoringCore core =
        Deployment.core(data, settings.core(), settings.exchangeRates())
            .adapter(context -> new ConsoleShell(System.out, context))
            .build()) {
      int loaded = core.start();
      ConsoleShell shell = core.adapter(ConsoleShell.class);
      System.out.println("Data in " + data.toAbsolutePath() + " (" + loaded + " open posts).");
      WallServer wall = WallServer.start(core, settings.http(), settings.wall());
      System.out.println(wall.describe());
      Path seeded = data.resolve("demo-seeded");
      if (demo && !Files.exists(seeded)) {
        System.out.println(DemoNetwork.seed(shell));
        Files.writeString(seeded, "The demo network was seeded into this folder.\n");
      } else if (demo) {
        System.out.println("The demo network is already in " + data.toAbsolutePath() + ".");
      }
      shell.run(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
      wall.close();
    }
  }

  /** Reads the data folder's database only: no platform is connected. */
  private static void exportLabels(Path file) {
    try {
      System.out.println(LabelsExport.run(Settings.load(System.getenv()).dataFolder(), file));
    } catch (SettingsException e) {
      failTo("export the labels", "setting " + e.getMessage());
    } catch (IOException e) {
      failTo("export the labels", e.getMessage());
    }
  }

  /** Serves Slack, Discord or both until the process is stopped. */
  private static void runServer(Settings settings) {
    Path data = prepare(settings.dataFolder());
    try {
      PlatformServer server = PlatformServer.start(settings, data);
      System.out.println(server.describe());
      Runtime.getRuntime().addShutdownHook(new Thread(server::close, "coshoring-shutdown"));
    } catch (PlatformServer.StartFailure e) {
      fail(e.getMessage());
    }
  }

  private static Path prepare(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      fail(
          "the data folder "
              + folder.toAbsolutePath()
              + " cannot be created ("
              + e.getMessage()
              + "). Set COSHORING_DATA_DIR to a folder you can write to.");
    }
    if (!Database.isWritableFolder(folder)) {
      fail(
          "the data folder "
              + folder.toAbsolutePath()
              + " is not writable. Set COSHORING_DATA_DIR to a folder you can write to.");
    }
    return folder;
  }

  private static void fail(String message) {
    failTo("start", message);
  }

  private static void failTo(String what, String message) {
    System.err.println("coshoring cannot " + what + ": " + message);
    System.exit(2);
  }
}
