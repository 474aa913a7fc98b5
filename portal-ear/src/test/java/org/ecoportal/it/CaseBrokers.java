package org.ecoportal.it;


import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;

/**
 * For tests outside the server: Korea's systems issue a certificate for Taipei Harbour Imports,
 * and once it arrived in Taiwan its importer accepts the case and names a brokerage (written into
 * the test stack's database, as the importer's screen of another part of the portal would).
 */
public final class CaseBrokers {

  /** Taipei Harbour Imports, the demo importer of Taiwan. */
  public static final String TAIPEI_HARBOUR = "TW-IMP-53212539";

  /** Keelung Customs Brokers, the demo brokerage of Taiwan (users broker, service-account-broker-system). */
  public static final String KEELUNG_BROKERS = "TW-BRK-0233";

  private static final String DATABASE = "jdbc:postgresql://localhost:15433/portal";

  private CaseBrokers() {}

  /** The number of a certificate Korea's exporter and chamber systems issued for Taipei Harbour Imports, invoice {@code invoice}. */
  public static String issuedForTaiwan(String invoice) throws Exception {
    return ApiClient.issued("kr", ApiClient.krApplication("Taipei Harbour Imports", "TW", TAIPEI_HARBOUR, "TWKHH", invoice));
  }

  /** Once certificate {@code number} arrived in Taiwan (within 30 s), its case accepted and assigned to {@code brokerage}; the case id. */
  public static UUID assignedInTaiwan(String number, String brokerage) throws Exception {
    long until = System.nanoTime() + 30_000_000_000L;
    try (Connection c = DriverManager.getConnection(DATABASE, "portal", "portal")) {
      while (System.nanoTime() < until) {
        try (PreparedStatement update = c.prepareStatement(
            "update import_case set status = 'ACCEPTED', accepted_by = 'importer', accepted_at = now(),"
                + " broker_id = (select id from organisation where tenant = 'tw' and identifier = ?),"
                + " broker_assigned_by = 'importer', broker_assigned_at = now(), version = version + 1"
                + " where tenant = 'tw' and certificate_number = ? returning id")) {
          update.setString(1, brokerage);
          update.setString(2, number);
          try (ResultSet r = update.executeQuery()) {
            if (r.next()) {
              return r.getObject(1, UUID.class);
            }
          }
        }
        Thread.sleep(200);
      }
    }
    throw new AssertionError("certificate " + number + " did not arrive in Taiwan");
  }
}
