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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.ecoportal.application.AttachmentFiles.Download;
import org.ecoportal.application.NotFoundException;
import org.ecoportal.application.ReceivedCertificates;
import org.ecoportal.domain.model.exchange.ExchangeKind;
import org.ecoportal.domain.model.exchange.ReceivedCertificate;
import org.ecoportal.domain.model.identity.Role;
import org.ecoportal.domain.model.organisation.OrganisationKind;
import org.ecoportal.domain.model.tenant.Tenant;
import org.ecoportal.infrastructure.signing.SignatureCheck;
import org.ecoportal.infrastructure.ubl.CertificateOfOriginDocument;

/**
 * The received certificates of the customs officer's tenant. A delivery's state comes from the
 * deliveries of the same partner: a revocation with its number makes it revoked, a replacement
 * naming it as the certificate it replaces makes it replaced.
 */
@Stateless
@RolesAllowed(Role.Names.CUSTOMS_OFFICER)
public class ReceivedCertificatesBean implements ReceivedCertificates {

  private static final Logger LOG = Logger.getLogger(ReceivedCertificatesBean.class.getName());

  private static final String FROM =
      " from ReceivedCertificate r, Partner p where p.id = r.partnerId and r.tenant = :tenant";
  private static final String SELECT =
      "select r.id, r.certificateNumber, p.country, p.name, r.exporterName, r.consigneeName, r.issueDate, r.receivedAt, r.kind,"
          + " r.replacesNumber, r.partnerId";
  private static final String REVOKED =
      "exists (select v.id from ReceivedCertificate v where v.tenant = r.tenant and v.partnerId = r.partnerId"
          + " and v.certificateNumber = r.certificateNumber and v.kind = :revocation)";
  private static final String REPLACED =
      "exists (select s.id from ReceivedCertificate s where s.tenant = r.tenant and s.partnerId = r.partnerId"
          + " and s.replacesNumber = r.certificateNumber)";
  private static final Map<String, String> SORTS =
      Map.of(
          "receivedAt", "r.receivedAt",
          "number", "r.certificateNumber",
          "exportingCountry", "p.country",
          "exporter", "r.exporterName",
          "consignee", "r.consigneeName",
          "issueDate", "r.issueDate",
          "action", "r.kind");

  @Resource private SessionContext context;

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private Workplaces workplaces;
  @Inject private CertificateOfOriginDocument documents;
  @Inject private SignatureCheck signatures;

  @Override
  public Page find(Query query) {
    Tenant tenant = tenant();
    Filter f = query.filter();
    StringBuilder where = new StringBuilder(FROM);
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("tenant", tenant.code());
    if (present(f.number())) {
      where.append(" and lower(r.certificateNumber) like :number escape '\\'");
      parameters.put("number", contains(f.number()));
    }
    if (present(f.exportingCountry())) {
      where.append(" and p.country = :country");
      parameters.put("country", f.exportingCountry().trim().toUpperCase(Locale.ROOT));
    }
    if (present(f.exporter())) {
      where.append(" and lower(r.exporterName) like :exporter escape '\\'");
      parameters.put("exporter", contains(f.exporter()));
    }
    if (present(f.consignee())) {
      where.append(" and lower(r.consigneeName) like :consignee escape '\\'");
      parameters.put("consignee", contains(f.consignee()));
    }
    between(where, parameters, "r.issueDate", "issued", f.issuedFrom(), f.issuedTo() == null ? null : f.issuedTo().plusDays(1));
    ZoneId zone = tenant.zone();
    between(where, parameters, "r.receivedAt", "received",
        f.receivedFrom() == null ? null : f.receivedFrom().atStartOfDay(zone).toInstant(),
        f.receivedTo() == null ? null : f.receivedTo().plusDays(1).atStartOfDay(zone).toInstant());
    if (f.action() != null) {
      where.append(" and r.kind = :action");
      parameters.put("action", f.action());
    }
    if (f.state() != null) {
      where.append(switch (f.state()) {
        case REVOKED -> " and " + REVOKED;
        case REPLACED -> " and not " + REVOKED + " and " + REPLACED;
        case VALID -> " and not " + REVOKED + " and not " + REPLACED;
      });
      parameters.put("revocation", ExchangeKind.REVOKED);
    }
    String order = SORTS.getOrDefault(query.sort() == null ? "" : query.sort(), "r.receivedAt");
    boolean ascending = query.sort() != null && SORTS.containsKey(query.sort()) && query.ascending();
    TypedQuery<Object[]> rows =
        em.createQuery(SELECT + where + " order by " + order + (ascending ? " asc" : " desc") + ", r.id", Object[].class);
    TypedQuery<Long> count = em.createQuery("select count(r)" + where, Long.class);
    parameters.forEach((name, value) -> {
      rows.setParameter(name, value);
      count.setParameter(name, value);
    });
    List<Object[]> found = rows.setFirstResult(query.offset()).setMaxResults(query.limit()).getResultList();
    return new Page(withStates(tenant, found), count.getSingleResult());
  }

  @Override
  public Detail detail(UUID id) {
    ReceivedCertificate received = mine(id);
    List<Row> family =
        withStates(
            received.tenant(),
            em.createQuery(
                    SELECT + FROM + " and r.partnerId = :partner and (r.certificateNumber in :numbers or r.replacesNumber = :number)"
                        + " order by r.receivedAt, r.id",
                    Object[].class)
                .setParameter("tenant", received.tenant().code())
                .setParameter("partner", received.partnerId())
                .setParameter("numbers", numbers(received))
                .setParameter("number", received.certificateNumber())
                .getResultList());
    Row row = family.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    List<Row> related = family.stream().filter(r -> !r.id().equals(id)).toList();
    byte[] payload = received.payload();
    SignatureCheck.Result check = signatures.verify(payload);
    Signature signature =
        new Signature(check.valid(), check.signer() == null ? null : check.signer().subject(),
            check.signer() == null ? null : check.signer().issuer(), check.signingTime(), check.failure());
    LOG.fine(() -> "Received certificate " + received.certificateNumber() + " opened; signature " + (check.valid() ? "valid" : check.failure()));
    return new Detail(row, received.messageId(), documents.read(payload), signature, related);
  }

  @Override
  public Download document(UUID id) {
    ReceivedCertificate received = mine(id);
    return new Download(received.certificateNumber() + ".xml", "application/xml", received.payload());
  }

  private static List<String> numbers(ReceivedCertificate received) {
    List<String> numbers = new ArrayList<>(List.of(received.certificateNumber()));
    if (received.replacesNumber() != null) {
      numbers.add(received.replacesNumber());
    }
    return numbers;
  }

  /** The rows with what became of each certificate: two small queries for the whole page. */
  private List<Row> withStates(Tenant tenant, List<Object[]> found) {
    if (found.isEmpty()) {
      return List.of();
    }
    Set<String> numbers = new HashSet<>();
    found.forEach(r -> numbers.add((String) r[1]));
    Set<String> revoked = new HashSet<>();
    em.createQuery(
            "select v.partnerId, v.certificateNumber from ReceivedCertificate v"
                + " where v.tenant = :tenant and v.kind = :revocation and v.certificateNumber in :numbers",
            Object[].class)
        .setParameter("tenant", tenant.code())
        .setParameter("revocation", ExchangeKind.REVOKED)
        .setParameter("numbers", numbers)
        .getResultList()
        .forEach(r -> revoked.add(r[0] + " " + r[1]));
    Map<String, String> replacedBy = new HashMap<>();
    em.createQuery(
            "select s.partnerId, s.replacesNumber, s.certificateNumber from ReceivedCertificate s"
                + " where s.tenant = :tenant and s.replacesNumber in :numbers order by s.receivedAt",
            Object[].class)
        .setParameter("tenant", tenant.code())
        .setParameter("numbers", numbers)
        .getResultList()
        .forEach(r -> replacedBy.putIfAbsent(r[0] + " " + r[1], (String) r[2]));
    return found.stream()
        .map(r -> {
          String key = r[10] + " " + r[1];
          State state = revoked.contains(key) ? State.REVOKED : replacedBy.containsKey(key) ? State.REPLACED : State.VALID;
          return new Row((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5], (LocalDate) r[6],
              (Instant) r[7], (ExchangeKind) r[8], state, replacedBy.get(key), (String) r[9]);
        })
        .toList();
  }

  private ReceivedCertificate mine(UUID id) {
    Tenant tenant = tenant();
    ReceivedCertificate received = id == null ? null : em.find(ReceivedCertificate.class, id);
    if (received == null || received.tenant() != tenant) {
      throw new NotFoundException("Received certificate " + id);
    }
    return received;
  }

  /** The caller's tenant, once the caller is known to act for its customs administration. */
  private Tenant tenant() {
    return workplaces.of(context.getCallerPrincipal(), OrganisationKind.CUSTOMS).caller().tenant();
  }

  private static void between(StringBuilder where, Map<String, Object> parameters, String field, String name, Object from, Object until) {
    if (from != null) {
      where.append(" and ").append(field).append(" >= :").append(name).append("From");
      parameters.put(name + "From", from);
    }
    if (until != null) {
      where.append(" and ").append(field).append(" < :").append(name).append("Until");
      parameters.put(name + "Until", until);
    }
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }

  private static String contains(String text) {
    return "%" + text.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}
