package org.ecoportal.interfaces.web.exporter.applications;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.ecoportal.application.ApplicationSummary;
import org.ecoportal.application.ExporterApplications;

/** Backs {@code /exporter/applications.xhtml}: the organisation's applications. */
@Named("exporterApplications")
@RequestScoped
public class ApplicationsBacking {

  @EJB private ExporterApplications applications;

  private List<ApplicationSummary> rows;

  public List<ApplicationSummary> getRows() {
    if (rows == null) {
      rows = applications.mine();
    }
    return rows;
  }
}
