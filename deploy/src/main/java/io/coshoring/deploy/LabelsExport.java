package io.coshoring.deploy;

import io.coshoring.core.match.EvaluationFile;
import io.coshoring.core.match.LabelExport;
import io.coshoring.core.match.MatchLabelStore;
import io.coshoring.core.match.MatchStore;
import io.coshoring.core.storage.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code --export-labels <file>}: writes the members' answers to matches, and the pairs that said
 * they worked together, from the data folder's database, as a file of the engine's evaluation set.
 * It reads only the database, so it runs beside a deployment, or on a copy of its data, with no
 * platform connected.
 */
final class LabelsExport {

  private LabelsExport() {}

  /** Writes the file and returns a line saying what is in it. */
  static String run(Path data, Path file) throws IOException {
    if (!Database.existsIn(data)) {
      throw new IOException(
          "there is no database in "
              + data.toAbsolutePath()
              + ". Set COSHORING_DATA_DIR to the data folder of the deployment.");
    }
    EvaluationFile labels;
    try (Database database = Database.sqlite(data)) {
      labels =
          LabelExport.of(
              new MatchLabelStore(database).all(), new MatchStore(database).collaborated());
    }
    Files.writeString(file, labels.json());
    return "Wrote "
        + labels.demands().size()
        + " demand(s) and "
        + labels.offers().size()
        + " offer(s) labelled by members to "
        + file.toAbsolutePath()
        + ".";
  }
}
