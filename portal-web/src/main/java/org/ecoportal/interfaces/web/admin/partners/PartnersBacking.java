package org.ecoportal.interfaces.web.admin.partners;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.ecoportal.application.PartnerDirectory;
import org.ecoportal.application.NotFoundException;
import org.ecoportal.application.PartnerView;
import org.ecoportal.domain.model.application.InvalidInputException;
import org.ecoportal.domain.model.application.WorkflowException;
import org.ecoportal.domain.model.exchange.ExchangeKind;
import org.ecoportal.domain.model.exchange.PartnerData;
import org.ecoportal.interfaces.web.support.Messages;
import org.primefaces.model.file.UploadedFile;

/**
 * Backs {@code /tenant-admin/partners.xhtml}: the partner economies of the administrator's tenant,
 * the form that adds one or restates the one chosen, and the certificate issuers trusted for it.
 */
@Named("partners")
@ViewScoped
public class PartnersBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private PartnerDirectory directory;

  private List<PartnerView> partners;
  private PartnerView editing;
  private String country;
  private String name;
  private String endpointUrl;
  private String partyId;
  private String certificatePem;
  private transient UploadedFile certificateFile;
  private transient UploadedFile issuerFile;
  private ExchangeKind[] documents = ExchangeKind.certificateDocuments().toArray(ExchangeKind[]::new);
  private boolean active = true;

  public List<PartnerView> getPartners() {
    if (partners == null) {
      partners = directory.partners();
    }
    return partners;
  }

  /** Fills the form with the partner as it is stored now. */
  public void edit(UUID id) {
    editing = directory.partner(id);
    country = editing.country();
    name = editing.name();
    endpointUrl = editing.endpointUrl();
    partyId = editing.partyId();
    certificatePem = null;
    documents = editing.documents().toArray(ExchangeKind[]::new);
    active = editing.active();
  }

  /** Empties the form for a new partner. */
  public void startNew() {
    editing = null;
    country = null;
    name = null;
    endpointUrl = null;
    partyId = null;
    certificatePem = null;
    documents = ExchangeKind.certificateDocuments().toArray(ExchangeKind[]::new);
    active = true;
  }

  public void save() {
    PartnerData data = new PartnerData(country, name, endpointUrl, partyId, certificate(), Set.of(kinds()), active);
    try {
      PartnerView saved = editing == null ? directory.add(data) : directory.update(editing.id(), editing.version(), data);
      Messages.info(editing == null ? "partner.added" : "partner.saved", saved.country());
      partners = null;
      edit(saved.id());
    } catch (InvalidInputException e) {
      Messages.problems("partner", e.problems());
    } catch (WorkflowException e) {
      partners = null;
      changedMeanwhile(e);
    }
  }

  /** Trusts the uploaded certificate to sign the chosen partner's certificates of origin. */
  public void trustIssuer() {
    try {
      editing = directory.trustIssuer(editing.id(), issuerFile == null ? null : issuerFile.getContent());
      Messages.info("partner.issuerTrusted", editing.issuers().get(editing.issuers().size() - 1).subject());
    } catch (InvalidInputException e) {
      Messages.problems("issuers", e.problems());
    } catch (WorkflowException e) {
      changedMeanwhile(e);
    }
    partners = null;
  }

  /** No longer trusts the issuer for the chosen partner. */
  public void distrustIssuer(UUID issuerId) {
    try {
      editing = directory.distrustIssuer(editing.id(), issuerId);
      Messages.info("partner.issuerRemoved");
    } catch (NotFoundException removedMeanwhile) {
      edit(editing.id());
    } catch (WorkflowException e) {
      changedMeanwhile(e);
    }
    partners = null;
  }

  private void changedMeanwhile(WorkflowException e) {
    Messages.error(e.messageKey(), e.argument() == null ? "" : e.argument());
    edit(editing.id());
  }

  private ExchangeKind[] kinds() {
    return documents == null ? new ExchangeKind[0] : documents;
  }

  /** The uploaded file, else the pasted text; nothing keeps the certificate trusted now. */
  private byte[] certificate() {
    if (certificateFile != null && certificateFile.getSize() > 0) {
      return certificateFile.getContent();
    }
    return certificatePem == null || certificatePem.isBlank() ? null : certificatePem.strip().getBytes(StandardCharsets.US_ASCII);
  }

  /** The days a partner's certificate is valid, e.g. "2026-03-01 to 2031-02-28". */
  public String validity(PartnerView partner) {
    return partner.trusted() ? Messages.text("partner.validityRange", day(partner.certificateNotBefore()), day(partner.certificateNotAfter())) : "";
  }

  /** "Certificate issuers trusted: 2". */
  public String issuerCount(PartnerView partner) {
    return Messages.text("partner.issuerCount", partner.issuers().size());
  }

  /** "2031-02-28 by admin": when and by whom an issuer was trusted. */
  public String added(PartnerView.Issuer issuer) {
    return Messages.text("partner.issuerAddedBy", day(issuer.addedAt()), issuer.addedBy());
  }

  /** The day (UTC) of an instant, as certificates' validity is shown. */
  public String day(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
  }

  public ExchangeKind[] getKinds() {
    return ExchangeKind.certificateDocuments().toArray(ExchangeKind[]::new);
  }

  public PartnerView getEditing() {
    return editing;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEndpointUrl() {
    return endpointUrl;
  }

  public void setEndpointUrl(String endpointUrl) {
    this.endpointUrl = endpointUrl;
  }

  public String getPartyId() {
    return partyId;
  }

  public void setPartyId(String partyId) {
    this.partyId = partyId;
  }

  public String getCertificatePem() {
    return certificatePem;
  }

  public void setCertificatePem(String certificatePem) {
    this.certificatePem = certificatePem;
  }

  public UploadedFile getIssuerFile() {
    return issuerFile;
  }

  public void setIssuerFile(UploadedFile issuerFile) {
    this.issuerFile = issuerFile;
  }

  public UploadedFile getCertificateFile() {
    return certificateFile;
  }

  public void setCertificateFile(UploadedFile certificateFile) {
    this.certificateFile = certificateFile;
  }

  public ExchangeKind[] getDocuments() {
    return documents == null ? null : documents.clone();
  }

  public void setDocuments(ExchangeKind[] documents) {
    this.documents = documents == null ? null : documents.clone();
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
