package org.ecoportal.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.ecoportal.application.AttachmentFiles.Download;
import org.ecoportal.application.ExchangeMonitor;
import org.ecoportal.application.NotFoundException;
import org.ecoportal.domain.model.exchange.ExchangeKind;
import org.ecoportal.domain.model.exchange.ExchangeMessage;
import org.ecoportal.domain.model.exchange.ExchangeStatus;
import org.ecoportal.domain.model.exchange.ReceivedCertificate;
import org.ecoportal.domain.model.verification.ReceivedClearanceMessage;
import org.ecoportal.domain.model.application.WorkflowException;
import org.ecoportal.domain.model.identity.Caller;
import org.ecoportal.domain.model.identity.Role;
import org.ecoportal.infrastructure.security.Callers;

@Stateless
@RolesAllowed(Role.Names.TENANT_ADMIN)
public class ExchangeMonitorBean implements ExchangeMonitor {

  private static final int MAX_ROWS = 1000;
  private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(ExchangeMonitorBean.class.getName());

  @Resource private SessionContext context;
  @Inject private ExchangeOutbox outbox;

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Override
  public List<Outgoing> outgoing(ExchangeStatus status, String partnerCountry, LocalDate from, LocalDate to, int limit) {
    TypedQuery<Object[]> query =
        filtered(
            // clearance messages are about a certificate number, not a certificate of this side
            "select m.id, m.messageId, coalesce(c.number, m.certificateNumber), p.country, p.name, m.kind,"
                + " m.status, m.attempts, m.lastError, m.createdAt, m.deliveredAt, case when m.receipt is null then false else true end"
                + " from ExchangeMessage m join Partner p on p.id = m.partnerId left join Certificate c on c.id = m.certificateId"
                + " where m.tenant = :tenant",
            "m.createdAt", status == null ? "" : " and m.status = :status", partnerCountry, from, to);
    if (status != null) {
      query.setParameter("status", status);
    }
    return query.setMaxResults(Math.max(1, Math.min(limit, MAX_ROWS))).getResultStream()
        .map(r -> new Outgoing((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (ExchangeKind) r[5],
            (ExchangeStatus) r[6], (Integer) r[7], (String) r[8], (Instant) r[9], (Instant) r[10], (Boolean) r[11]))
        .toList();
  }

  @Override
  public List<Incoming> incoming(String partnerCountry, LocalDate from, LocalDate to, int limit) {
    TypedQuery<Object[]> query =
        filtered(
            "select r.id, r.messageId, r.certificateNumber, p.country, p.name, r.kind, r.receivedAt"
                + " from ReceivedCertificate r, Partner p where p.id = r.partnerId and r.tenant = :tenant",
            "r.receivedAt", "", partnerCountry, from, to);
    int max = Math.max(1, Math.min(limit, MAX_ROWS));
    TypedQuery<Object[]> clearance =
        filtered(
            "select r.id, r.messageId, r.certificateNumber, p.country, p.name, r.kind, r.receivedAt"
                + " from ReceivedClearanceMessage r, Partner p where p.id = r.partnerId and r.tenant = :tenant",
            "r.receivedAt", "", partnerCountry, from, to);
    return java.util.stream.Stream.concat(query.setMaxResults(max).getResultStream(), clearance.setMaxResults(max).getResultStream())
        .map(r -> new Incoming((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (ExchangeKind) r[5],
            (Instant) r[6]))
        .sorted(java.util.Comparator.comparing(Incoming::receivedAt).reversed())
        .limit(max)
        .toList();
  }

  @Override
  public List<Refused> refused(LocalDate from, LocalDate to, int limit) {
    TypedQuery<Object[]> query =
        filtered(
            "select r.id, r.messageId, r.fromParty, r.errorCode, r.reason, r.remoteAddr, r.refusedAt from RefusedMessage r"
                + " where r.tenant = :tenant",
            "r.refusedAt", "", null, from, to);
    return query.setMaxResults(Math.max(1, Math.min(limit, MAX_ROWS))).getResultStream()
        .map(r -> new Refused((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
            (Instant) r[6]))
        .toList();
  }

  @Override
  public long refusedSince(Instant since) {
    Caller caller = Callers.of(context.getCallerPrincipal());
    return em.createQuery("select count(r) from RefusedMessage r where r.tenant = :tenant and r.refusedAt >= :since", Long.class)
        .setParameter("tenant", caller.tenant().code())
        .setParameter("since", since)
        .getSingleResult();
  }

  @Override
  public Download received(UUID id) {
    Caller caller = Callers.of(context.getCallerPrincipal());
    ReceivedCertificate received = id == null ? null : em.find(ReceivedCertificate.class, id);
    if (received == null) {
      ReceivedClearanceMessage clearance = id == null ? null : em.find(ReceivedClearanceMessage.class, id);
      if (clearance == null || clearance.tenant() != caller.tenant()) {
        throw new NotFoundException("Received message " + id);
      }
      return new Download(clearance.certificateNumber() + "-" + clearance.kind().name().toLowerCase(Locale.ROOT) + ".xml", "application/xml",
          clearance.payload());
    }
    if (received.tenant() != caller.tenant()) {
      throw new NotFoundException("Received certificate " + id);
    }
    return new Download(received.certificateNumber() + ".xml", "application/xml", received.payload());
  }

  @Override
  public long failures() {
    Caller caller = Callers.of(context.getCallerPrincipal());
    return em.createQuery("select count(m) from ExchangeMessage m where m.tenant = :tenant and m.status = :failed", Long.class)
        .setParameter("tenant", caller.tenant().code())
        .setParameter("failed", ExchangeStatus.FAILED)
        .getSingleResult();
  }

  @Override
  public void resend(UUID messageId) {
    ExchangeMessage message = mine(messageId);
    if (message.status() != ExchangeStatus.FAILED) {
      throw new WorkflowException("exchange.error.notFailed", message.status().name());
    }
    outbox.resend(message, Callers.of(context.getCallerPrincipal()).username(), Instant.now());
    em.flush();
    LOG.info(() -> "Exchange message " + message.messageId() + " sent again by " + message.resentBy());
  }

  @Override
  public Download payload(UUID messageId) {
    ExchangeMessage message = mine(messageId);
    return new Download(message.messageId() + ".xml", "application/xml", message.payload());
  }

  @Override
  public Download receipt(UUID messageId) {
    ExchangeMessage message = mine(messageId);
    byte[] receipt = message.receipt().orElseThrow(() -> new NotFoundException("Receipt of message " + messageId));
    return new Download(message.messageId() + "-receipt.xml", "application/xml", receipt);
  }

  private ExchangeMessage mine(UUID id) {
    Caller caller = Callers.of(context.getCallerPrincipal());
    ExchangeMessage message = id == null ? null : em.find(ExchangeMessage.class, id);
    if (message == null || message.tenant() != caller.tenant()) {
      throw new NotFoundException("Exchange message " + id);
    }
    return message;
  }

  /**
   * The query of the caller's tenant narrowed by partner economy and by the days (inclusive, in the
   * tenant's time zone) of {@code time}, newest first; {@code extra} adds a condition whose
   * parameters the caller sets.
   */
  private TypedQuery<Object[]> filtered(String select, String time, String extra, String partnerCountry, LocalDate from, LocalDate to) {
    Caller caller = Callers.of(context.getCallerPrincipal());
    ZoneId zone = caller.tenant().zone();
    boolean byPartner = partnerCountry != null && !partnerCountry.isBlank();
    StringBuilder jpql = new StringBuilder(select).append(extra);
    if (byPartner) {
      jpql.append(" and p.country = :country");
    }
    if (from != null) {
      jpql.append(" and ").append(time).append(" >= :from");
    }
    if (to != null) {
      jpql.append(" and ").append(time).append(" < :until");
    }
    jpql.append(" order by ").append(time).append(" desc");
    TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class).setParameter("tenant", caller.tenant().code());
    if (byPartner) {
      query.setParameter("country", partnerCountry.trim().toUpperCase(Locale.ROOT));
    }
    if (from != null) {
      query.setParameter("from", from.atStartOfDay(zone).toInstant());
    }
    if (to != null) {
      query.setParameter("until", to.plusDays(1).atStartOfDay(zone).toInstant());
    }
    return query;
  }
}
