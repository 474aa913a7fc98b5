package org.ecoportal.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.ecoportal.application.AttachmentFiles.Download;
import org.ecoportal.application.NotFoundException;
import org.ecoportal.application.ReceivedCertificates;
import org.ecoportal.domain.model.exchange.ExchangeKind;
import org.ecoportal.domain.model.exchange.ReceivedCertificate;
import org.ecoportal.domain.model.identity.Role;
import org.ecoportal.domain.model.organisation.OrganisationKind;
import org.ecoportal.domain.model.tenant.Tenant;

/**
 * The received certificates of the customs officer's tenant. A delivery's state comes from the
 * deliveries of the same partner: a revocation with its number makes it revoked, a replacement
 * naming it as the certificate it replaces makes it replaced.
 */
@Stateless
@RolesAllowed(Role.Names.CUSTOMS_OFFICER)
public class ReceivedCertificatesBean implements ReceivedCertificates {

  private static final String FROM = ReceivedReading.FROM;
  private static final String SELECT = ReceivedReading.SELECT;
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
  @Inject private ReceivedReading reading;

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
    return new Page(reading.withStates(tenant, found), count.getSingleResult());
  }

  @Override
  public Detail detail(UUID id) {
    return reading.detail(mine(id));
  }

  @Override
  public Download document(UUID id) {
    ReceivedCertificate received = mine(id);
    return new Download(received.certificateNumber() + ".xml", "application/xml", received.payload());
  }

  @Override
  public Download pdf(UUID id) {
    return reading.pdf(mine(id));
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
