package org.ecoportal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.ecoportal.domain.model.application.WorkflowException;
import org.ecoportal.domain.model.exchange.ExchangeKind;
import org.ecoportal.domain.model.exchange.ExchangeMessage;
import org.ecoportal.domain.model.exchange.ExchangeRepository;
import org.ecoportal.domain.model.exchange.Partner;
import org.ecoportal.domain.model.exchange.ReceivedCertificate;
import org.ecoportal.domain.model.exchange.RefusedMessage;
import org.ecoportal.domain.model.exchange.RetryPolicy;
import org.ecoportal.domain.model.tenant.Tenant;

@ApplicationScoped
public class JpaExchangeRepository implements ExchangeRepository {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Override
  public List<Partner> partners(Tenant tenant) {
    return em.createQuery("select p from Partner p where p.tenant = :tenant order by p.country", Partner.class)
        .setParameter("tenant", tenant.code())
        .getResultList();
  }

  @Override
  public Optional<Partner> partner(Tenant tenant, UUID id) {
    return em.createQuery("select p from Partner p where p.id = :id and p.tenant = :tenant", Partner.class)
        .setParameter("id", id)
        .setParameter("tenant", tenant.code())
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Partner> partnerFor(Tenant tenant, String country) {
    return em.createQuery("select p from Partner p where p.tenant = :tenant and p.country = :country", Partner.class)
        .setParameter("tenant", tenant.code())
        .setParameter("country", country)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(Partner partner) {
    em.persist(partner);
  }

  @Override
  public boolean addIfAbsent(Partner partner) {
    return em.createNativeQuery(
                "insert into exchange_partner (id, tenant, country, name, endpoint_url, party_id,"
                    + " takes_issued, takes_replaced, takes_revoked, active, version)"
                    + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 0)"
                    + " on conflict (tenant, country) do nothing")
            .setParameter(1, partner.id())
            .setParameter(2, partner.tenant().code())
            .setParameter(3, partner.country())
            .setParameter(4, partner.name())
            .setParameter(5, partner.endpointUrl())
            .setParameter(6, partner.partyId())
            .setParameter(7, partner.documents().contains(ExchangeKind.ISSUED))
            .setParameter(8, partner.documents().contains(ExchangeKind.REPLACED))
            .setParameter(9, partner.documents().contains(ExchangeKind.REVOKED))
            .setParameter(10, partner.active())
            .executeUpdate()
        == 1;
  }

  @Override
  public void add(ExchangeMessage message) {
    em.persist(message);
  }

  @Override
  public Optional<ExchangeMessage> message(UUID id) {
    return Optional.ofNullable(em.find(ExchangeMessage.class, id));
  }

  @Override
  public Optional<ReceivedCertificate> received(Tenant tenant, String messageId) {
    return em.createQuery(
            "select r from ReceivedCertificate r where r.tenant = :tenant and r.messageId = :messageId", ReceivedCertificate.class)
        .setParameter("tenant", tenant.code())
        .setParameter("messageId", messageId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public boolean addIfAbsent(ReceivedCertificate received) {
    return em.createNativeQuery(
                "insert into received_certificate (id, tenant, message_id, partner_id, certificate_number, kind, payload,"
                    + " received_at, exporter_name, consignee_name, issue_date, replaces_number)"
                    // typed, so a missing value binds as null of the column's type
                    + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, cast(?9 as varchar), cast(?10 as varchar), cast(?11 as date),"
                    + " cast(?12 as varchar))"
                    + " on conflict (tenant, message_id) do nothing")
            .setParameter(1, received.id())
            .setParameter(2, received.tenant().code())
            .setParameter(3, received.messageId())
            .setParameter(4, received.partnerId())
            .setParameter(5, received.certificateNumber())
            .setParameter(6, received.kind().name())
            .setParameter(7, received.payload())
            .setParameter(8, received.receivedAt())
            .setParameter(9, received.exporterName())
            .setParameter(10, received.consigneeName())
            .setParameter(11, received.issueDate())
            .setParameter(12, received.replacesNumber())
            .executeUpdate()
        == 1;
  }

  @Override
  public void add(RefusedMessage refused) {
    em.persist(refused);
  }

  @Override
  public void flush() {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new WorkflowException("application.error.changedMeanwhile");
    }
  }

  @Override
  public List<Tracked> messagesOfApplication(Tenant tenant, UUID applicationId) {
    return em.createQuery(
            "select m, c.number, p from ExchangeMessage m, Certificate c, Partner p"
                + " where c.id = m.certificateId and p.id = m.partnerId and c.applicationId = :application"
                + " and m.tenant = :tenant and c.tenant = :tenant"
                + " order by m.createdAt, m.kind",
            Object[].class)
        .setParameter("application", applicationId)
        .setParameter("tenant", tenant.code())
        .getResultStream()
        .map(row -> new Tracked((ExchangeMessage) row[0], (String) row[1], (Partner) row[2]))
        .toList();
  }

  @Override
  public List<ExchangeMessage> claimDue(int max, String node, Duration lease) {
    if (max <= 0) {
      return List.of();
    }
    Instant now = Instant.now();
    // PostgreSQL: rows being claimed by another transaction are skipped rather than waited for
    @SuppressWarnings("unchecked")
    List<Object> rows =
        em.createNativeQuery(
                "select id from exchange_message"
                    + " where status in ('QUEUED', 'SENT') and next_attempt_at <= ?1"
                    + " and (claimed_until is null or claimed_until <= ?1)"
                    + " order by next_attempt_at"
                    + " limit ?2"
                    + " for update skip locked")
            .setParameter(1, now)
            .setParameter(2, max)
            .getResultList();
    List<UUID> ids = rows.stream().map(r -> r instanceof UUID u ? u : UUID.fromString(r.toString())).toList();
    if (ids.isEmpty()) {
      return List.of();
    }
    List<ExchangeMessage> claimed =
        em.createQuery("select m from ExchangeMessage m where m.id in :ids", ExchangeMessage.class)
            .setParameter("ids", ids)
            .getResultList();
    claimed.forEach(m -> m.claim(node, now, lease));
    em.flush();
    return claimed.stream().sorted(Comparator.comparing(ExchangeMessage::nextAttemptAt)).toList();
  }

  @Override
  public boolean markSent(UUID messageId, String node, RetryPolicy policy) {
    return whileClaimed(messageId, node, m -> m.sent(Instant.now(), policy));
  }

  @Override
  public boolean markDelivered(UUID messageId, String node, byte[] receipt) {
    return whileClaimed(messageId, node, m -> m.delivered(receipt, Instant.now()));
  }

  @Override
  public boolean markFailed(UUID messageId, String node, String error, RetryPolicy policy) {
    return whileClaimed(messageId, node, m -> m.attemptFailed(error, Instant.now(), policy));
  }

  private boolean whileClaimed(UUID messageId, String node, Consumer<ExchangeMessage> outcome) {
    // locked, so a node whose lease ran out cannot record over the node that claimed it since
    ExchangeMessage message = em.find(ExchangeMessage.class, messageId, LockModeType.PESSIMISTIC_WRITE);
    if (message == null || !message.claimedBy(node, Instant.now())) {
      return false;
    }
    outcome.accept(message);
    em.flush();
    return true;
  }
}
