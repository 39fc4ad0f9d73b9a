package io.coshoring.core.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.coshoring.core.adapter.AdapterTables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The application's database: migrated by Flyway at open, used through {@link #read} and {@link
 * #write}, where every write is one transaction. SQLite in WAL mode by default, its connections
 * pooled: opening one costs more than most of the transactions that use it.
 */
public final class Database implements AdapterTables, AutoCloseable {

  /** How long a writer waits for SQLite's single write lock before failing. */
  private static final int BUSY_TIMEOUT_MS = 10_000;

  /** The SQLite file in the data folder. */
  private static final String FILE = "coshoring.db";

  /** Readers and the writer at once; SQLite's WAL lets readers go on while one writes. */
  private static final int CONNECTIONS = 8;

  private final HikariDataSource source;
  private final Jdbi jdbi;

  /**
   * SQLite has one write lock, and a writer that finds it taken sleeps in SQLite's busy handler, in
   * steps growing to 100 ms, while others may take it before it wakes. Writers of this process
   * queue here instead, in the order they came, and find the lock free.
   */
  private final ReentrantLock writer = new ReentrantLock(true);

  private Database(HikariDataSource source) {
    this.source = source;
    this.jdbi = Jdbi.create(source);
  }

  /** Opens, creating if needed, the SQLite database in {@code folder}, and migrates it. */
  public static Database sqlite(Path folder) {
    Path file = folder.resolve(FILE);
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    config.enforceForeignKeys(true);
    // Writers take the lock when their transaction starts, so two writers never deadlock on
    // upgrade.
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    SQLiteDataSource sqlite = new SQLiteDataSource(config);
    sqlite.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
    HikariConfig pool = new HikariConfig();
    pool.setDataSource(sqlite);
    pool.setPoolName("coshoring-db");
    pool.setMaximumPoolSize(CONNECTIONS);
    pool.setMinimumIdle(1);
    HikariDataSource source = new HikariDataSource(pool);
    try {
      Flyway.configure().dataSource(source).load().migrate();
    } catch (RuntimeException e) {
      source.close();
      throw e;
    }
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

  /** Whether {@code folder} holds a database, for a tool that reads one and must not create it. */
  public static boolean existsIn(Path folder) {
    return Files.isRegularFile(folder.resolve(FILE));
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
    try {
      if (!writer.tryLock(BUSY_TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
        throw new IllegalStateException(
            "the database stayed busy for " + BUSY_TIMEOUT_MS + " ms; nothing was written");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting to write; nothing was written", e);
    }
    try {
      return jdbi.inTransaction(TransactionIsolationLevel.SERIALIZABLE, work);
    } finally {
      writer.unlock();
    }
  }

  /** For callers that write and return nothing. */
  public void writeAll(java.util.function.Consumer<Handle> work) {
    write(
        handle -> {
          work.accept(handle);
          return null;
        });
  }

  @Override
  public void dropFreedSpace() {
    writer.lock();
    try {
      jdbi.useHandle(
          handle -> {
            handle.execute("VACUUM");
            // The write-ahead log may still hold pages written before: empty it into the file.
            handle.execute("PRAGMA wal_checkpoint(TRUNCATE)");
          });
    } finally {
      writer.unlock();
    }
  }

  /** Closes its connections; the database is not used after. */
  @Override
  public void close() {
    source.close();
  }
}
