package org.ecoportal.interfaces.web.timeline;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.ecoportal.application.CertificateTimeline;
import org.ecoportal.application.CertificateTimeline.Step;
import org.ecoportal.application.NotFoundException;

/**
 * The timeline a page shows beside its certificate, read once a request. A page the caller may
 * open shows its certificate's timeline; where the service finds nothing to show, the list is empty.
 */
@Named("timeline")
@RequestScoped
public class TimelineView {

  @EJB private CertificateTimeline timelines;

  private final Map<String, List<Step>> read = new HashMap<>();

  public List<Step> ofApplication(Object applicationId) {
    return once("application:" + applicationId, applicationId, timelines::ofApplication);
  }

  public List<Step> ofImportCase(Object caseId) {
    return once("case:" + caseId, caseId, timelines::ofImportCase);
  }

  public List<Step> ofDeclaration(Object declarationId) {
    return once("declaration:" + declarationId, declarationId, timelines::ofDeclaration);
  }

  public List<Step> ofReceived(Object receivedId) {
    return once("received:" + receivedId, receivedId, timelines::ofReceived);
  }

  /** The steps {@code reader} gives for {@code id} (a UUID or its text); none for no id or one that is not a UUID. */
  private List<Step> once(String key, Object given, Function<UUID, List<Step>> reader) {
    UUID id;
    try {
      id = given instanceof UUID u ? u : UUID.fromString(String.valueOf(given));
    } catch (IllegalArgumentException notAnId) {
      return List.of();
    }
    return read.computeIfAbsent(key, k -> {
      try {
        return reader.apply(id);
      } catch (NotFoundException notYours) {
        return List.of();
      }
    });
  }
}
