package org.ecoportal.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.logging.Logger;
import org.ecoportal.application.ApplicationView;
import org.ecoportal.application.ChamberDesk;
import org.ecoportal.application.DeclarationComparison;
import org.ecoportal.application.ExchangeStateView;
import org.ecoportal.application.GoodsView;
import org.ecoportal.domain.model.goods.Goods;
import org.ecoportal.application.NotFoundException;
import org.ecoportal.application.QueuePage;
import org.ecoportal.application.QueueQuery;
import org.ecoportal.application.internal.Workplaces.Workplace;
import org.ecoportal.domain.model.application.ApplicationRepository;
import org.ecoportal.domain.model.application.CertificateApplication;
import org.ecoportal.domain.model.application.WorkflowException;
import org.ecoportal.domain.model.certificate.Certificate;
import org.ecoportal.domain.model.certificate.CertificateNumber;
import org.ecoportal.domain.model.certificate.CertificateRepository;
import org.ecoportal.domain.model.exchange.ExchangeKind;
import org.ecoportal.domain.model.identity.Role;
import org.ecoportal.domain.model.organisation.OrganisationKind;
import org.ecoportal.infrastructure.messaging.WorkflowEvents;

@Stateless
@RolesAllowed(Role.Names.CHAMBER_OFFICER)
public class ChamberDeskBean implements ChamberDesk {

  private static final Logger LOG = Logger.getLogger(ChamberDeskBean.class.getName());

  @Resource private SessionContext context;
  @Inject private Workplaces workplaces;
  @Inject private ApplicationRepository applications;
  @Inject private CertificateRepository certificates;
  @Inject private ApplicationViews views;
  @Inject private WorkflowEvents events;
  @Inject private GoodsRegister goodsRegister;
  @Inject private CertificateIssuing issuing;
  @Inject private DeclarationMatching matching;
  @Inject private ExchangeOutbox outbox;

  private Workplace officer() {
    return workplaces.of(context.getCallerPrincipal(), OrganisationKind.CHAMBER);
  }

  @Override
  public QueuePage queue(QueueQuery q) {
    Workplace w = officer();
    var tenant = w.caller().tenant();
    UUID chamber = w.organisation().id();
    return new QueuePage(
        views.summaries(applications.queue(tenant, chamber, q.statuses(), q.text(), q.sort(), q.ascending(), q.offset(), q.limit())),
        applications.queueSize(tenant, chamber, q.statuses(), q.text()));
  }

  @Override
  public ApplicationView open(UUID id) {
    return views.view(find(officer(), id));
  }

  @Override
  public java.util.Optional<DeclarationComparison> declarationFor(UUID applicationId) {
    return matching.compare(find(officer(), applicationId));
  }

  @Override
  public java.util.List<ExchangeStateView> exchange(UUID applicationId) {
    return outbox.stateOf(find(officer(), applicationId));
  }

  @Override
  public int resendExchange(UUID applicationId) {
    Workplace w = officer();
    CertificateApplication application = find(w, applicationId);
    int resent = outbox.resendFailed(application, w.caller().username(), views.now());
    if (resent > 0) {
      views.record(application, w.caller().username(), "RESENT", Integer.toString(resent));
      applications.flush();
    }
    return resent;
  }

  @Override
  public ApplicationView claim(UUID id, long version) {
    Workplace w = officer();
    CertificateApplication application = current(w, id, version);
    application.claim(w.caller().username(), views.now());
    views.record(application, w.caller().username(), "CLAIMED", null);
    applications.flush();
    return views.view(application);
  }

  @Override
  public ApplicationView approve(UUID id, long version) {
    Workplace w = officer();
    CertificateApplication application = current(w, id, version);
    application.approve(w.caller().username(), views.now());
    CertificateNumber number =
        certificates.nextNumber(w.caller().tenant(), views.now().atZone(ZoneOffset.UTC).getYear());
    Certificate certificate =
        new Certificate(
            w.caller().tenant(), number, application.id(), application.exporterId(), application.chamberId(),
            w.caller().username(), views.now(), null);
    certificates.add(certificate);
    issuing.issue(certificate, application, null, views.now());
    outbox.enqueue(certificate, application, ExchangeKind.ISSUED, null, views.now());
    views.record(application, w.caller().username(), "APPROVED", number.value());
    events.certificateIssued(application.id(), number.value());
    applications.flush();
    LOG.info(() -> "Issued certificate " + number.value() + " for application " + application.reference());
    return views.view(application);
  }

  @Override
  public ApplicationView reject(UUID id, long version, String reason) {
    Workplace w = officer();
    CertificateApplication application = current(w, id, version);
    application.reject(w.caller().username(), reason, views.now());
    views.record(application, w.caller().username(), "REJECTED", reason);
    applications.flush();
    return views.view(application);
  }

  @Override
  public ApplicationView returnForAmendment(UUID id, long version, String reason) {
    Workplace w = officer();
    CertificateApplication application = current(w, id, version);
    application.returnForAmendment(w.caller().username(), reason, views.now());
    views.record(application, w.caller().username(), "RETURNED", reason);
    applications.flush();
    return views.view(application);
  }

  @Override
  public java.util.List<GoodsView> pendingGoods() {
    Workplace w = officer();
    return goodsRegister.views(w.caller().tenant(), goodsRegister.pending(w.caller().tenant()));
  }

  @Override
  public GoodsView approveGoods(UUID id, long version) {
    Workplace w = officer();
    Goods goods = goods(w, id, version);
    goods.approve(w.caller().username());
    applications.flush();
    return goodsRegister.views(w.caller().tenant(), java.util.List.of(goods)).get(0);
  }

  @Override
  public GoodsView rejectGoods(UUID id, long version, String reason) {
    Workplace w = officer();
    Goods goods = goods(w, id, version);
    goods.reject(w.caller().username(), reason);
    applications.flush();
    return goodsRegister.views(w.caller().tenant(), java.util.List.of(goods)).get(0);
  }

  private Goods goods(Workplace w, UUID id, long version) {
    Goods goods = goodsRegister.find(w.caller().tenant(), id).orElseThrow(() -> new NotFoundException("Goods " + id));
    goods.requireVersion(version);
    return goods;
  }

  @Override
  public ApplicationView revoke(UUID id, String reason) {
    Workplace w = officer();
    CertificateApplication application = find(w, id);
    Certificate certificate = inForce(application);
    certificate.revoke(reason);
    outbox.enqueue(certificate, application, ExchangeKind.REVOKED, reason, views.now());
    views.record(application, w.caller().username(), "REVOKED", certificate.number() + ": " + reason.trim());
    applications.flush();
    return views.view(application);
  }

  @Override
  public ApplicationView replace(UUID id, String reason) {
    Workplace w = officer();
    CertificateApplication application = find(w, id);
    Certificate old = inForce(application);
    if (reason == null || reason.isBlank()) {
      throw new WorkflowException("application.error.reasonRequired");
    }
    CertificateNumber number = certificates.nextNumber(w.caller().tenant(), views.now().atZone(ZoneOffset.UTC).getYear());
    Certificate successor =
        new Certificate(w.caller().tenant(), number, application.id(), application.exporterId(), application.chamberId(),
            w.caller().username(), views.now(), old.id());
    old.replacedBy(successor);
    certificates.add(successor);
    issuing.issue(successor, application, old.number(), views.now());
    outbox.enqueue(successor, application, ExchangeKind.REPLACED, reason, views.now());
    views.record(application, w.caller().username(), "REPLACED", old.number() + " → " + number.value() + ": " + reason.trim());
    events.certificateIssued(application.id(), number.value());
    applications.flush();
    return views.view(application);
  }

  private Certificate inForce(CertificateApplication application) {
    return certificates
        .ofApplication(application.id())
        .filter(c -> c.status() == Certificate.Status.VALID)
        .orElseThrow(() -> new WorkflowException("certificate.error.noneInForce"));
  }

  private CertificateApplication find(Workplace w, UUID id) {
    return applications
        .ofChamber(w.caller().tenant(), w.organisation().id(), id)
        .orElseThrow(() -> new NotFoundException("Application " + id));
  }

  private CertificateApplication current(Workplace w, UUID id, long version) {
    CertificateApplication application = find(w, id);
    application.requireVersion(version);
    return application;
  }

}
