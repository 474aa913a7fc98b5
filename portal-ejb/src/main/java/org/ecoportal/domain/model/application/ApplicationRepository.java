package org.ecoportal.domain.model.application;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.ecoportal.domain.model.tenant.Tenant;

/** Applications and their history. Every lookup names the tenant and the organisation that may see it. */
public interface ApplicationRepository {

  void add(CertificateApplication application);

  /** The application if it belongs to this exporter organisation. */
  Optional<CertificateApplication> ofExporter(Tenant tenant, UUID exporterId, UUID id);

  /** The application if it was submitted to this chamber (drafts are never visible to chambers). */
  Optional<CertificateApplication> ofChamber(Tenant tenant, UUID chamberId, UUID id);

  List<CertificateApplication> allOfExporter(Tenant tenant, UUID exporterId);

  /** One page of a chamber's queue; see {@code QueueQuery} for sort keys. */
  List<CertificateApplication> queue(
      Tenant tenant, UUID chamberId, Set<ApplicationStatus> statuses, String text, String sort, boolean ascending, int offset, int limit);

  long queueSize(Tenant tenant, UUID chamberId, Set<ApplicationStatus> statuses, String text);

  void record(ApplicationEvent event);

  List<ApplicationEvent> history(UUID applicationId);

  /**
   * Writes pending changes now, so that a concurrent change is detected inside the caller; a
   * conflict becomes a {@link WorkflowException} ({@code application.error.changedMeanwhile}).
   */
  void flush();
}
