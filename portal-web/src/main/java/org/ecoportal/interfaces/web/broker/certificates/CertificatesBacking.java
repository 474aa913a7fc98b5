package org.ecoportal.interfaces.web.broker.certificates;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.ecoportal.application.BrokerCases;
import org.ecoportal.application.ImportCases.Row;

/** Backs {@code /broker/certificates.xhtml} and the broker's dashboard: the cases assigned to the brokerage. */
@Named("brokerCertificates")
@RequestScoped
public class CertificatesBacking {

  @EJB private BrokerCases cases;

  private List<Row> rows;
  private Long count;

  public List<Row> getRows() {
    if (rows == null) {
      rows = cases.assigned();
    }
    return rows;
  }

  public long getCount() {
    if (count == null) {
      count = cases.countAssigned();
    }
    return count;
  }
}
