package org.ecoportal.application;

import java.util.List;
import java.util.UUID;
import org.ecoportal.domain.model.application.ApplicationData;

/**
 * An exporter's applications for certificates of origin. Every call is confined to the caller's
 * own organisation; an id of anyone else's application is answered as not found.
 */
public interface ExporterApplications {

  /** The organisation's applications, most recently changed first. */
  List<ApplicationSummary> mine();

  /** The organisation's certificates, newest first, narrowed by part of the number and by status (both optional). */
  /**
   * The organisation's certificates, newest first, narrowed by (part of) the number, the status and
   * the days of issue (inclusive, in the tenant's time zone); each criterion may be {@code null}.
   */
  List<CertificateSummary> certificates(String numberPart, String status, java.time.LocalDate issuedFrom, java.time.LocalDate issuedTo);

  /** Attaches a document to a draft or returned application; refused with a problem on {@code attachment}. */
  ApplicationView attach(UUID applicationId, org.ecoportal.domain.model.application.Attachment.Kind kind, String filename, byte[] content);

  /** Removes a document from a draft or returned application. */
  ApplicationView detach(UUID applicationId, UUID attachmentId);

  /** The organisation's registered goods, approved or not. */
  List<GoodsView> goods();

  /** Registers goods for a chamber officer to approve; only approved goods go on a certificate. */
  GoodsView registerGoods(String description, String hsCode, String originCriterion, String producerName);

  /** The people the organisation allows to sign (and submit) its applications. */
  List<SignatoryView> signatories();

  /** Registers a signatory: a user of the tenant, with name and position as they will sign. */
  void registerSignatory(String username, String fullName, String position);

  void removeSignatory(String username);

  /** The chambers of the tenant the exporter may apply to. */
  List<OrganisationView> chambers();

  ApplicationView open(UUID id);

  /** Saves a new draft; only format and length problems refuse it. */
  ApplicationView create(ApplicationData data);

  /** Saves the draft as typed; {@code version} is the one the exporter edited. */
  ApplicationView saveDraft(UUID id, long version, ApplicationData data);

  /** Saves and sends it to the chamber; refused with every problem when anything is missing. */
  ApplicationView submit(UUID id, long version, ApplicationData data);

  /**
   * Creates and submits an application in one step, as the exporter's own software does through the
   * API: the same checks as {@link #submit}; on any problem nothing is stored.
   */
  ApplicationView submitNew(ApplicationData data);

  /**
   * As {@link #submitNew}, with the application stated as a UBL 2.1 {@code CertificateOfOrigin}
   * document: the issuing authority names the chamber by its identifier, the exporter must be the
   * caller's organisation. A document that is not valid UBL is refused with the schema's findings
   * on field {@code document}.
   */
  ApplicationView submitDocument(byte[] ublCertificateOfOrigin);

  /**
   * How the application's certificates are getting to the importing economy: one entry per
   * message (issued, replaced, revoked), oldest first; empty when nothing was sent.
   */
  List<ExchangeStateView> exchange(UUID applicationId);
}
