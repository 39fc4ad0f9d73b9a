package io.coshoring.deploy.faults;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.sqlite.SQLiteConfig;

/** The app's database, opened read-only once the app has stopped: which requests left a post. */
final class PostsOnDisk {

  private PostsOnDisk() {}

  static Set<String> requestKeys(Path database) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    Set<String> keys = new HashSet<>();
    try (Connection connection =
            config.createConnection("jdbc:sqlite:" + database.toAbsolutePath());
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery("SELECT request_key FROM posts WHERE request_key IS NOT NULL")) {
      while (rows.next()) {
        keys.add(rows.getString(1));
      }
    }
    return keys;
  }
}
