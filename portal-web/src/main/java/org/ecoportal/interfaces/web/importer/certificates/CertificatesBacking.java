package org.ecoportal.interfaces.web.importer.certificates;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.ecoportal.application.ImportCases;
import org.ecoportal.application.ImportCases.Row;

/** Backs {@code /importer/certificates.xhtml} and the importer's dashboard: the organisation's inbox of received certificates. */
@Named("importerCertificates")
@RequestScoped
public class CertificatesBacking {

  @EJB private ImportCases cases;

  private List<Row> rows;
  private Long newCount;

  public List<Row> getRows() {
    if (rows == null) {
      rows = cases.inbox();
    }
    return rows;
  }

  public long getNewCount() {
    if (newCount == null) {
      newCount = cases.countNew();
    }
    return newCount;
  }
}
