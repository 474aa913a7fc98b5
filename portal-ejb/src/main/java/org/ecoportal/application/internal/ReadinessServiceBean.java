package org.ecoportal.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.ecoportal.application.ReadinessService;

@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReadinessServiceBean implements ReadinessService {

  private static final Logger LOG = Logger.getLogger(ReadinessServiceBean.class.getName());
  private static final int TIMEOUT_SECONDS = 2;

  @Resource(lookup = "java:jboss/datasources/PortalDS")
  private DataSource dataSource;

  @Override
  public Readiness check() {
    long start = System.nanoTime();
    try (Connection connection = dataSource.getConnection()) {
      boolean valid = connection.isValid(TIMEOUT_SECONDS);
      return new Readiness(valid, valid ? "ok" : "connection not valid", elapsed(start));
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "Readiness check: database unreachable: {0}", e.getMessage());
      return new Readiness(false, "unreachable: " + e.getMessage(), elapsed(start));
    }
  }

  private static long elapsed(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
