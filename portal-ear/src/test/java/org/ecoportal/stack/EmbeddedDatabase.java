package org.ecoportal.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A real PostgreSQL server from Maven Central (zonky's embedded binaries), with its data folder kept
 * between runs. It holds two databases: {@code portal} and {@code keycloak}, each with its own
 * owner.
 */
final class EmbeddedDatabase implements Part {

  private final StackSettings settings;
  private EmbeddedPostgres postgres;

  EmbeddedDatabase(StackSettings settings) {
    this.settings = settings;
  }

  @Override
  public String name() {
    return "PostgreSQL";
  }

  @Override
  public Path log() {
    return settings.logDir().resolve("postgresql.log");
  }

  Path dataDir() {
    return settings.dataDir().resolve("pgdata");
  }

  @Override
  public void start() {
    ManagedProcess.requireFree(settings.databasePort(), "PostgreSQL");
    try {
      Files.createDirectories(settings.logDir());
      Path runtime = settings.dataDir().resolve("pg-runtime");
      Files.createDirectories(runtime);
      postgres =
          EmbeddedPostgres.builder()
              .setPort(settings.databasePort())
              .setDataDirectory(dataDir())
              .setCleanDataDirectory(!settings.keepData())
              .setOverrideWorkingDirectory(runtime.toFile())
              .setPGStartupWait(Duration.ofSeconds(60))
              // The portal commits database and message queue together (XA, two-phase commit).
              .setServerConfig("max_prepared_transactions", "64")
              .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log().toFile()))
              .start();
      createDatabase(StackSettings.DB_NAME, StackSettings.DB_USER, StackSettings.DB_PASSWORD);
      createDatabase(StackSettings.KEYCLOAK_DB, StackSettings.KEYCLOAK_DB, StackSettings.KEYCLOAK_DB);
    } catch (IOException | SQLException e) {
      close();
      throw new StackException(
          "PostgreSQL could not start on port " + settings.databasePort() + " (" + e.getMessage()
              + "). See its log: " + log() + " — data folder: " + dataDir(), e);
    }
  }

  private void createDatabase(String database, String owner, String password) throws SQLException {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      try (ResultSet role = statement.executeQuery("select 1 from pg_roles where rolname = '" + owner + "'")) {
        if (!role.next()) {
          statement.execute("create role " + owner + " login password '" + password + "'");
        }
      }
      try (ResultSet db = statement.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
        if (!db.next()) {
          statement.execute("create database " + database + " owner " + owner + " encoding 'UTF8'");
        }
      }
    }
  }

  @Override
  public java.util.stream.Stream<ProcessHandle> processes() {
    // The server's main process is named in postmaster.pid; its workers are its children.
    try {
      long pid = Long.parseLong(Files.readAllLines(dataDir().resolve("postmaster.pid")).get(0).trim());
      return ProcessHandle.of(pid).stream().flatMap(h -> java.util.stream.Stream.concat(java.util.stream.Stream.of(h), h.children()));
    } catch (IOException | RuntimeException e) {
      return java.util.stream.Stream.empty();
    }
  }

  @Override
  public void close() {
    if (postgres != null) {
      try {
        postgres.close();
      } catch (IOException e) {
        throw new StackException("PostgreSQL did not stop cleanly: " + e.getMessage(), e);
      } finally {
        postgres = null;
      }
    }
  }
}
