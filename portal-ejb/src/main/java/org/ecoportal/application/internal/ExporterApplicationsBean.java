package org.ecoportal.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.ecoportal.application.ApplicationSummary;
import org.ecoportal.application.ApplicationView;
import org.ecoportal.application.CertificateSummary;
import org.ecoportal.domain.model.certificate.Certificate;
import org.ecoportal.domain.model.certificate.CertificateRepository;
import org.ecoportal.application.ExporterApplications;
import org.ecoportal.application.NotFoundException;
import org.ecoportal.application.GoodsView;
import org.ecoportal.application.OrganisationView;
import org.ecoportal.domain.model.goods.Goods;
import org.ecoportal.application.SignatoryView;
import org.ecoportal.domain.model.organisation.Signatory;
import org.ecoportal.application.internal.Workplaces.Workplace;
import org.ecoportal.domain.model.application.ApplicationChanges;
import org.ecoportal.domain.model.application.ApplicationData;
import org.ecoportal.domain.model.application.ApplicationStatus;
import org.ecoportal.domain.model.application.Attachment;
import org.ecoportal.domain.model.application.ApplicationRepository;
import org.ecoportal.domain.model.application.ApplicationRules;
import org.ecoportal.domain.model.application.CertificateApplication;
import org.ecoportal.domain.model.application.FieldProblem;
import org.ecoportal.domain.model.application.InvalidInputException;
import org.ecoportal.domain.model.application.WorkflowException;
import org.ecoportal.domain.model.identity.Role;
import org.ecoportal.domain.model.organisation.OrganisationKind;
import org.ecoportal.domain.model.organisation.OrganisationRepository;
import org.ecoportal.infrastructure.security.Callers;
import org.ecoportal.infrastructure.ubl.CertificateOfOriginDocument;
import org.ecoportal.domain.model.certificate.CertificateContent;
import org.ecoportal.domain.model.organisation.Organisation;

@Stateless
@RolesAllowed(Role.Names.EXPORTER)
public class ExporterApplicationsBean implements ExporterApplications {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);

  @Resource private SessionContext context;
  @Inject private Workplaces workplaces;
  @Inject private ApplicationRepository applications;
  @Inject private CertificateRepository certificates;
  @Inject private OrganisationRepository organisations;
  @Inject private ApplicationViews views;
  @Inject private ApplicationRules.Lookups lookups;
  @Inject private GoodsRegister goodsRegister;
  @Inject private ExchangeOutbox outbox;
  @Inject private CertificateOfOriginDocument ubl;

  @jakarta.persistence.PersistenceContext(unitName = "portal")
  private jakarta.persistence.EntityManager em;

  private Workplace exporter() {
    return workplaces.of(context.getCallerPrincipal(), OrganisationKind.TRADER);
  }

  @Override
  public List<ApplicationSummary> mine() {
    Workplace w = exporter();
    return views.summaries(applications.allOfExporter(w.caller().tenant(), w.organisation().id()));
  }

  @Override
  public List<CertificateSummary> certificates(String numberPart, String status, java.time.LocalDate issuedFrom, java.time.LocalDate issuedTo) {
    Workplace w = exporter();
    Certificate.Status wanted = null;
    if (status != null && !status.isBlank()) {
      try {
        wanted = Certificate.Status.valueOf(status);
      } catch (IllegalArgumentException e) {
        throw new WorkflowException("certificate.error.status", status);
      }
    }
    return certificates.ofExporter(w.caller().tenant(), w.organisation().id(), numberPart, wanted,
            issuedFrom == null ? null : issuedFrom.atStartOfDay(w.caller().tenant().zone()).toInstant(),
            issuedTo == null ? null : issuedTo.plusDays(1).atStartOfDay(w.caller().tenant().zone()).toInstant(), 500).stream()
        .map(c -> {
          CertificateApplication a = applications.ofExporter(w.caller().tenant(), w.organisation().id(), c.applicationId()).orElseThrow();
          return new CertificateSummary(c.id(), c.number(), c.status().name(), c.issuedAt(), a.id(), a.reference(), a.consigneeName());
        })
        .toList();
  }

  @Override
  public ApplicationView attach(UUID applicationId, Attachment.Kind kind, String filename, byte[] content) {
    Workplace w = exporter();
    CertificateApplication application = find(w, applicationId);
    if (!application.status().editableByExporter()) {
      throw new WorkflowException("application.error.wrongStatus", application.status().name());
    }
    List<FieldProblem> problems = Attachment.problems(kind, filename, content);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Attachment attachment = Attachment.of(application.id(), kind, filename, content, w.caller().username(), views.now());
    em.persist(attachment);
    views.record(application, w.caller().username(), "ATTACHED", attachment.filename());
    applications.flush();
    return views.view(application);
  }

  @Override
  public ApplicationView detach(UUID applicationId, UUID attachmentId) {
    Workplace w = exporter();
    CertificateApplication application = find(w, applicationId);
    if (!application.status().editableByExporter()) {
      throw new WorkflowException("application.error.wrongStatus", application.status().name());
    }
    Attachment attachment = em.find(Attachment.class, attachmentId);
    if (attachment == null || !attachment.applicationId().equals(application.id())) {
      throw new NotFoundException("Attachment " + attachmentId);
    }
    em.remove(attachment);
    views.record(application, w.caller().username(), "DETACHED", attachment.filename());
    applications.flush();
    return views.view(application);
  }

  @Override
  public List<GoodsView> goods() {
    Workplace w = exporter();
    return goodsRegister.views(w.caller().tenant(), goodsRegister.ofExporter(w.caller().tenant(), w.organisation().id()));
  }

  @Override
  public GoodsView registerGoods(String description, String hsCode, String originCriterion, String producerName) {
    Workplace w = exporter();
    String hs = hsCode == null ? "" : hsCode.replaceAll("[^0-9]", "");
    List<FieldProblem> problems = new java.util.ArrayList<>();
    if (description == null || description.isBlank() || description.length() > 500) {
      problems.add(new FieldProblem("description", "application.error.required"));
    }
    if (!lookups.isHsSubheading(hs)) {
      problems.add(new FieldProblem("hsCode", "application.error.hsUnknown", hsCode));
    }
    if (originCriterion == null || !originCriterion.trim().matches("[A-Za-z]{1,16}")) {
      problems.add(new FieldProblem("originCriterion", "application.error.required"));
    }
    if (producerName == null || producerName.isBlank() || producerName.length() > 200) {
      problems.add(new FieldProblem("producerName", "application.error.required"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Goods goods = new Goods(w.caller(), w.organisation().id(), description.trim(), hs, originCriterion.trim().toUpperCase(Locale.ROOT),
        producerName.trim(), views.now());
    goodsRegister.add(goods);
    return goodsRegister.views(w.caller().tenant(), List.of(goods)).get(0);
  }

  @Override
  public List<SignatoryView> signatories() {
    Workplace w = exporter();
    return organisations.signatories(w.organisation()).stream()
        .map(s -> new SignatoryView(s.username(), s.fullName(), s.position()))
        .toList();
  }

  @Override
  public void registerSignatory(String username, String fullName, String position) {
    Workplace w = exporter();
    List<FieldProblem> problems = new java.util.ArrayList<>();
    String user = username == null ? "" : username.trim();
    if (!user.matches("[A-Za-z0-9._@-]{2,255}")) {
      problems.add(new FieldProblem("username", "organisation.error.username"));
    } else if (organisations.isSignatory(w.organisation(), user)) {
      problems.add(new FieldProblem("username", "signatory.error.exists", user));
    }
    if (fullName == null || fullName.isBlank() || fullName.length() > 200) {
      problems.add(new FieldProblem("fullName", "application.error.required"));
    }
    if (position == null || position.isBlank() || position.length() > 100) {
      problems.add(new FieldProblem("position", "application.error.required"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    organisations.add(new Signatory(w.organisation(), user, fullName.trim(), position.trim(), w.caller(), views.now()));
  }

  @Override
  public void removeSignatory(String username) {
    Workplace w = exporter();
    organisations.removeSignatory(w.organisation(), username);
  }

  @Override
  public List<OrganisationView> chambers() {
    Workplace w = exporter();
    return organisations.ofKind(w.caller().tenant(), OrganisationKind.CHAMBER).stream()
        .map(o -> OrganisationView.of(o, 0))
        .toList();
  }

  @Override
  public List<org.ecoportal.application.ExchangeStateView> exchange(UUID applicationId) {
    return outbox.stateOf(find(exporter(), applicationId));
  }

  @Override
  public ApplicationView open(UUID id) {
    Workplace w = exporter();
    return views.view(find(w, id));
  }

  @Override
  public ApplicationView create(ApplicationData data) {
    Workplace w = exporter();
    checkDraft(w, data);
    String reference =
        w.caller().tenant().country()
            + "-A-"
            + LocalDate.now(ZoneOffset.UTC).format(DAY)
            + "-"
            + Integer.toString(100_000 + RANDOM.nextInt(900_000), 36).toUpperCase(Locale.ROOT);
    CertificateApplication application =
        new CertificateApplication(w.caller(), w.organisation().id(), reference, data, views.now());
    Callers.emailOf(context.getCallerPrincipal()).ifPresent(application::contactAt);
    applications.add(application);
    views.record(application, w.caller().username(), "CREATED", null);
    applications.flush();
    return views.view(application);
  }

  @Override
  public ApplicationView saveDraft(UUID id, long version, ApplicationData data) {
    Workplace w = exporter();
    CertificateApplication application = current(w, id, version);
    checkDraft(w, data);
    String changes = ApplicationChanges.between(application.data(), data);
    application.edit(data, views.now());
    views.record(application, w.caller().username(), "SAVED", changes);
    applications.flush();
    return views.view(application);
  }

  @Override
  public ApplicationView submitNew(ApplicationData data) {
    ApplicationView draft = create(data);
    // One transaction: a refused submission rolls the new draft back with it.
    return submit(draft.id(), draft.version(), data);
  }

  @Override
  public ApplicationView submitDocument(byte[] ublCertificateOfOrigin) {
    Workplace w = exporter();
    List<String> findings = ubl.validate(ublCertificateOfOrigin);
    if (!findings.isEmpty()) {
      throw new InvalidInputException(
          findings.stream().limit(10).map(f -> new FieldProblem("document", "application.error.document", f)).toList());
    }
    CertificateContent content = ubl.read(ublCertificateOfOrigin);
    List<FieldProblem> problems = new java.util.ArrayList<>();
    String exporter = content.exporter() == null ? null : content.exporter().identifier();
    if (!w.organisation().identifier().equals(exporter)) {
      problems.add(new FieldProblem("exporter", "application.error.exporterMismatch", String.valueOf(exporter)));
    }
    String chamberIdentifier = content.issuingAuthority() == null ? null : content.issuingAuthority().identifier();
    UUID chamber =
        organisations.ofKind(w.caller().tenant(), OrganisationKind.CHAMBER).stream()
            .filter(o -> o.identifier().equals(chamberIdentifier))
            .map(Organisation::id)
            .findFirst()
            .orElse(null);
    if (chamber == null) {
      problems.add(new FieldProblem("chamberId", "application.error.chamberUnknown", String.valueOf(chamberIdentifier)));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return submitNew(UblApplications.data(content, chamber));
  }

  @Override
  public ApplicationView submit(UUID id, long version, ApplicationData data) {
    Workplace w = exporter();
    CertificateApplication application = current(w, id, version);
    checkDraft(w, data);
    List<FieldProblem> problems =
        new java.util.ArrayList<>(
            ApplicationRules.submissionProblems(data, w.organisation().country(), lookups, LocalDate.now(ZoneOffset.UTC)));
    java.util.Set<String> approved = goodsRegister.approvedHsCodes(w.caller().tenant(), w.organisation().id());
    for (int i = 0; i < data.items().size(); i++) {
      String hs = data.items().get(i).hsCode();
      if (hs != null && lookups.isHsSubheading(hs) && !approved.contains(hs)) {
        problems.add(new FieldProblem("items[" + i + "].hsCode", "application.error.goodsNotApproved", hs));
      }
    }
    if (!organisations.isSignatory(w.organisation(), w.caller().username())) {
      problems.add(new FieldProblem("signatory", "application.error.notSignatory", w.caller().username()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    boolean amended = application.status() == ApplicationStatus.RETURNED;
    String changes = ApplicationChanges.between(application.data(), data);
    application.edit(data, views.now());
    application.submit(views.now());
    String chamber = views.summary(application).chamberName();
    views.record(application, w.caller().username(), "SUBMITTED",
        amended && changes != null ? chamber + " · " + changes : chamber);
    applications.flush();
    return views.view(application);
  }

  private void checkDraft(Workplace w, ApplicationData data) {
    List<FieldProblem> problems = ApplicationRules.draftProblems(data);
    if (data.chamberId() != null
        && organisations.find(w.caller().tenant(), data.chamberId()).filter(o -> o.kind() == OrganisationKind.CHAMBER).isEmpty()) {
      problems = new java.util.ArrayList<>(problems);
      problems.add(new FieldProblem("chamberId", "application.error.chamber"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  private CertificateApplication find(Workplace w, UUID id) {
    return applications
        .ofExporter(w.caller().tenant(), w.organisation().id(), id)
        .orElseThrow(() -> new NotFoundException("Application " + id));
  }

  private CertificateApplication current(Workplace w, UUID id, long version) {
    CertificateApplication application = find(w, id);
    application.requireVersion(version);
    return application;
  }

}
