package org.ecoportal.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ecoportal.application.AttachmentFiles.Download;
import org.ecoportal.domain.model.importing.ImportCase.CertificateState;
import org.ecoportal.domain.model.importing.ImportStatus;

/**
 * The importer's inbox: the certificates partner economies delivered for the caller's importer
 * organisation, each read like the importing customs reads it, and accepting one. Nobody else's.
 */
public interface ImportCases {

  /** One case as its list shows it; {@code version} is what an action on it must quote. */
  record Row(
      UUID id,
      String certificateNumber,
      String exportingCountry,
      String partnerName,
      String exporter,
      String consignee,
      LocalDate issueDate,
      Instant openedAt,
      String importerName,
      ImportStatus status,
      CertificateState certificateState,
      String replacedBy,
      String acceptedBy,
      Instant acceptedAt,
      long version)
      implements Serializable {}

  /** The case and the certificate it is about, read from the document that opened it. */
  record Detail(Row row, ReceivedCertificates.Detail certificate) {}

  /** The caller's organisation's cases, newest first. */
  List<Row> inbox();

  /** How many of them the importer has not accepted yet. */
  long countNew();

  Detail detail(UUID id);

  /** Accepts the case; refused when it changed since {@code version} was read. */
  Row accept(UUID id, long version);

  /** The certificate document exactly as it was received. */
  Download document(UUID id);

  /** The tenant administrator's queue: cases no importer organisation was found for. */
  interface Assignment {

    /** A trading company of the tenant a case can be assigned to. */
    record Importer(UUID id, String name, String identifier) implements Serializable {}

    List<Row> unassigned();

    List<Importer> importers();

    /** Names the importer of an unassigned case; its users are told. */
    Row assign(UUID caseId, long version, UUID importerId);
  }
}
