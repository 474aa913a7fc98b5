package org.ecoportal.interfaces.web.exporter.certificates;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.ecoportal.application.CertificateSummary;
import org.ecoportal.application.ExporterApplications;
import org.ecoportal.domain.model.application.WorkflowException;
import org.ecoportal.interfaces.web.support.Messages;

/** Backs {@code /exporter/certificates.xhtml}: the organisation's certificates, found by number, status and day of issue. */
@Named("exporterCertificates")
@RequestScoped
public class CertificatesBacking {

  @EJB private ExporterApplications applications;

  private String number;
  private String status;
  private LocalDate from;
  private LocalDate to;
  private List<CertificateSummary> rows;

  public List<CertificateSummary> getRows() {
    if (rows == null) {
      try {
        rows = applications.certificates(number, status, from, to);
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

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }
}
