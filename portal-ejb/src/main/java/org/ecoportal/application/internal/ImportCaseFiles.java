package org.ecoportal.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.ecoportal.application.AttachmentFiles.Download;
import org.ecoportal.application.AttachmentView;
import org.ecoportal.application.ImportCases.Detail;
import org.ecoportal.application.NotFoundException;
import org.ecoportal.application.internal.Workplaces.Workplace;
import org.ecoportal.domain.model.application.Attachment;
import org.ecoportal.domain.model.exchange.ReceivedCertificate;
import org.ecoportal.domain.model.importing.ImportCase;
import org.ecoportal.domain.model.importing.ShippingDocument;

/**
 * What an import case holds to read, for whoever may see the case (its importer, its broker): the
 * certificate as received (XML, PDF, rendered detail) and the shipping documents. The callers
 * decide who may see which case.
 */
@ApplicationScoped
public class ImportCaseFiles {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private ImportCaseRows rows;
  @Inject private ReceivedReading reading;

  /**
   * The case {@code id} of the caller's tenant in which the caller's organisation is the party
   * {@code party} names (its importer, its broker); anything else is not found.
   */
  ImportCase find(Workplace here, UUID id, Function<ImportCase, UUID> party) {
    ImportCase found = id == null ? null : em.find(ImportCase.class, id);
    if (found == null || found.tenant() != here.caller().tenant() || !here.organisation().id().equals(party.apply(found))) {
      throw new NotFoundException("Import case " + id);
    }
    return found;
  }

  Detail detail(ImportCase found) {
    return new Detail(rows.of(found), reading.detail(received(found)), documents(found));
  }

  /** The case's shipping documents, oldest first (never their content). */
  List<AttachmentView> documents(ImportCase found) {
    // the columns only: the files' content stays in the database
    return em.createQuery(
            "select d.id, d.kind, d.filename, d.contentType, d.sizeBytes, d.uploadedBy, d.uploadedAt from ShippingDocument d"
                + " where d.caseId = :case order by d.uploadedAt, d.id",
            Object[].class)
        .setParameter("case", found.id())
        .getResultStream()
        .map(d -> new AttachmentView((UUID) d[0], ((Attachment.Kind) d[1]).name(), (String) d[2], (String) d[3], (Integer) d[4],
            (String) d[5], (Instant) d[6]))
        .toList();
  }

  /** The case's document {@code documentId}; not found when it belongs to no or another case. */
  ShippingDocument document(ImportCase found, UUID documentId) {
    ShippingDocument document = documentId == null ? null : em.find(ShippingDocument.class, documentId);
    if (document == null || !document.caseId().equals(found.id())) {
      throw new NotFoundException("Document " + documentId + " of import case " + found.id());
    }
    return document;
  }

  Download file(ImportCase found, UUID documentId) {
    ShippingDocument document = document(found, documentId);
    return new Download(document.filename(), document.contentType(), document.content());
  }

  Download xml(ImportCase found) {
    ReceivedCertificate received = received(found);
    return new Download(received.certificateNumber() + ".xml", "application/xml", received.payload());
  }

  Download pdf(ImportCase found) {
    return reading.pdf(received(found));
  }

  private ReceivedCertificate received(ImportCase found) {
    return em.find(ReceivedCertificate.class, found.receivedId());
  }
}
