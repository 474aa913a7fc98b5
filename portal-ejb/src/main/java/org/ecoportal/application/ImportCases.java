package org.ecoportal.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ecoportal.application.AttachmentFiles.Download;
import org.ecoportal.domain.model.application.Attachment;
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
      String brokerName,
      String brokerAssignedBy,
      Instant brokerAssignedAt,
      long documentCount,
      long version)
      implements Serializable {}

  /**
   * The case, the certificate it is about (read from the document that opened it) and the shipping
   * documents the importer handed over, oldest first.
   */
  record Detail(Row row, ReceivedCertificates.Detail certificate, List<AttachmentView> documents) {}

  /** A customs brokerage of the tenant the importer can name on its case. */
  record Broker(UUID id, String name, String identifier) implements Serializable {}

  /** The caller's organisation's cases, newest first. */
  List<Row> inbox();

  /** How many of them the importer has not accepted yet. */
  long countNew();

  Detail detail(UUID id);

  /** Accepts the case; refused when it changed since {@code version} was read. */
  Row accept(UUID id, long version);

  /** The certificate document exactly as it was received. */
  Download document(UUID id);

  /** The certificate as a readable PDF, rendered from the document received. */
  Download pdf(UUID id);

  /** The customs brokerages of the caller's tenant, by name. */
  List<Broker> brokers();

  /**
   * Names the broker (a brokerage of the tenant) of an accepted case, replacing any named before;
   * the broker's users are told. Refused when the case changed since {@code version} was read.
   */
  Row assignBroker(UUID caseId, long version, UUID brokerId);

  /**
   * Hands over a shipping document with an accepted case; the case's documents after it.
   *
   * @throws org.ecoportal.domain.model.application.InvalidInputException naming the fields
   *     {@code documentKind} and {@code document} when the file is refused
   */
  List<AttachmentView> attach(UUID caseId, Attachment.Kind kind, String filename, byte[] content);

  /** Removes one of the case's documents; the documents left. */
  List<AttachmentView> removeDocument(UUID caseId, UUID documentId);

  /** One of the case's documents as it was uploaded. */
  Download documentFile(UUID caseId, UUID documentId);

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
