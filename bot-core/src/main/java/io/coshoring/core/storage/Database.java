package io.coshoring.core.storage;

import io.coshoring.core.adapter.AdapterTables;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The application's database: migrated by Flyway at open, used through {@link #read} and {@link
 * #write}, where every write is one transaction. SQLite in WAL mode by default.
 */
public final class Database implements AdapterTables {

  /** How long a writer waits for SQLite's single write lock before failing. */
  private static final int BUSY_TIMEOUT_MS = 10_000;

  private final DataSource source;
  private final Jdbi jdbi;

  private Database(DataSource source) {
    this.source = source;
    this.jdbi = Jdbi.create(source);
  }

  /** Opens, creating if needed, the SQLite database in {@code folder}, and migrates it. */
  public static Database sqlite(Path folder) {
    Path file = folder.resolve("coshoring.db");
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    config.enforceForeignKeys(true);
    // Writers take the lock when their transaction starts, so two writers never deadlock on
    // upgrade.
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    SQLiteDataSource source = new SQLiteDataSource(config);
    source.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
    Flyway.configure().dataSource(source).load().migrate();
    return new Database(source);
  }

  /**
   * Creates or updates the tables of an adapter, from {@code db/<module>/V*.sql} on the classpath.
   * Each module keeps its own migration history, so modules number their versions freely and a
   * deployment without one never sees its tables.
   */
  public AdapterTables migrateModule(String module) {
    Flyway.configure()
        .dataSource(source)
        .table("flyway_history_" + module)
        .locations("classpath:db/" + module)
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
    return this;
  }

  public static boolean isWritableFolder(Path folder) {
    return Files.isDirectory(folder) && Files.isWritable(folder);
  }

  @Override
  public <T> T read(HandleCallback<T, RuntimeException> work) {
    return jdbi.withHandle(work);
  }

  /** Runs {@code work} in one transaction: all of it is stored, or none. */
  @Override
  public <T> T write(HandleCallback<T, RuntimeException> work) {
    return jdbi.inTransaction(TransactionIsolationLevel.SERIALIZABLE, work);
  }

  /** For callers that write and return nothing. */
  public void writeAll(java.util.function.Consumer<Handle> work) {
    write(
        handle -> {
          work.accept(handle);
          return null;
        });
  }
}
