package org.ecoportal.interfaces.web.exporter.certificates;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.ecoportal.application.CertificateSummary;
import org.ecoportal.application.ExporterApplications;
import org.ecoportal.domain.model.application.WorkflowException;
import org.ecoportal.interfaces.web.support.Messages;

/** Backs {@code /exporter/certificates.xhtml}: the organisation's certificates, found by number and status. */
@Named("exporterCertificates")
@RequestScoped
public class CertificatesBacking {

  @EJB private ExporterApplications applications;

  private String number;
  private String status;
  private List<CertificateSummary> rows;

  public List<CertificateSummary> getRows() {
    if (rows == null) {
      try {
        rows = applications.certificates(number, status);
      } catch (WorkflowException e) {
        Messages.error(e.messageKey(), e.argument());
        rows = List.of();
      }
    }
    return rows;
  }

  public String[] getStatuses() {
    return new String[] {"VALID", "REPLACED", "REVOKED"};
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }
}
