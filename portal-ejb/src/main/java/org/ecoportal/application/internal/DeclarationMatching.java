package org.ecoportal.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.ecoportal.application.DeclarationComparison;
import org.ecoportal.application.DeclarationView;
import org.ecoportal.domain.model.application.CertificateApplication;
import org.ecoportal.domain.model.declaration.ExportDeclarationRepository;
import org.ecoportal.domain.model.organisation.Organisation;
import org.ecoportal.domain.model.organisation.OrganisationRepository;

/**
 * Finds the export declaration an application quotes: same tenant, the quoted number, and declared
 * by the application's own exporter, so that quoting another exporter's number shows nothing.
 */
@ApplicationScoped
public class DeclarationMatching {

  @Inject private ExportDeclarationRepository declarations;
  @Inject private OrganisationRepository organisations;

  Optional<DeclarationComparison> compare(CertificateApplication application) {
    String number = application.data().exportDeclarationNumber();
    if (number == null) {
      return Optional.empty();
    }
    Optional<String> exporter = organisations.find(application.tenant(), application.exporterId()).map(Organisation::identifier);
    return declarations
        .ofNumber(application.tenant(), number)
        .filter(d -> exporter.isPresent() && exporter.get().equalsIgnoreCase(d.exporterIdentifier()))
        .map(d -> DeclarationComparison.of(DeclarationView.of(d), application.data()));
  }
}
