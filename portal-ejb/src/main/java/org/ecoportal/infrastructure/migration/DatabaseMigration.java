package org.ecoportal.infrastructure.migration;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the portal's schema up to date before anything else runs. Versioned migrations live in
 * {@code db/migration}; when {@code PORTAL_DEMO_DATA} is {@code true} (system property {@code portal.demo-data}), the idempotent demo data in
 * {@code db/demo} is applied after them.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = "java:jboss/datasources/PortalDS")
  private DataSource dataSource;

  @PostConstruct
  void migrate() {
    List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
    if (demoDataWanted()) {
      locations.add("classpath:db/demo");
    }
    MigrateResult result =
        Flyway.configure(DatabaseMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations(locations.toArray(String[]::new))
            // demo data may be switched off after it was applied once
            .ignoreMigrationPatterns("repeatable:missing")
            .load()
            .migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now, locations "
                + locations
                + ")");
  }

  static boolean demoDataWanted() {
    // set by the server configuration from PORTAL_DEMO_DATA
    return Boolean.parseBoolean(System.getProperty("portal.demo-data", "false").trim());
  }
}
