package org.ecoportal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.ecoportal.domain.model.application.ApplicationEvent;
import org.ecoportal.domain.model.application.ApplicationRepository;
import org.ecoportal.domain.model.application.ApplicationStatus;
import org.ecoportal.domain.model.application.CertificateApplication;
import org.ecoportal.domain.model.application.WorkflowException;
import org.ecoportal.domain.model.tenant.Tenant;

@ApplicationScoped
public class JpaApplicationRepository implements ApplicationRepository {

  /** Sort keys of the queue and the JPQL paths they stand for; nothing else reaches the query. */
  private static final Map<String, String> SORTS =
      Map.of(
          "submittedAt", "a.submittedAt",
          "reference", "a.reference",
          "exporter", "e.name",
          "status", "a.status",
          "consignee", "a.consigneeName");

  private static final Set<ApplicationStatus> CHAMBER_VISIBLE =
      EnumSet.complementOf(EnumSet.of(ApplicationStatus.DRAFT));

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Override
  public void add(CertificateApplication application) {
    em.persist(application);
  }

  @Override
  public Optional<CertificateApplication> ofExporter(Tenant tenant, UUID exporterId, UUID id) {
    return em.createQuery(
            "select a from CertificateApplication a where a.id = :id and a.tenant = :tenant and a.exporterId = :exporter",
            CertificateApplication.class)
        .setParameter("id", id)
        .setParameter("tenant", tenant.code())
        .setParameter("exporter", exporterId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<CertificateApplication> ofChamber(Tenant tenant, UUID chamberId, UUID id) {
    return em.createQuery(
            "select a from CertificateApplication a where a.id = :id and a.tenant = :tenant and a.chamberId = :chamber"
                + " and a.status in :visible",
            CertificateApplication.class)
        .setParameter("id", id)
        .setParameter("tenant", tenant.code())
        .setParameter("chamber", chamberId)
        .setParameter("visible", CHAMBER_VISIBLE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<CertificateApplication> allOfExporter(Tenant tenant, UUID exporterId) {
    return em.createQuery(
            "select a from CertificateApplication a where a.tenant = :tenant and a.exporterId = :exporter"
                + " order by a.updatedAt desc",
            CertificateApplication.class)
        .setParameter("tenant", tenant.code())
        .setParameter("exporter", exporterId)
        .setMaxResults(500)
        .getResultList();
  }

  @Override
  public List<CertificateApplication> queue(
      Tenant tenant, UUID chamberId, Set<ApplicationStatus> statuses, String text, String sort, boolean ascending, int offset, int limit) {
    String key = SORTS.containsKey(sort) ? sort : "submittedAt";
    String direction = ascending ? " asc" : " desc";
    // Join the exporter only to sort by its name; the other orders follow the queue index.
    String from = key.equals("exporter") ? "CertificateApplication a, Organisation e where e.id = a.exporterId and " : "CertificateApplication a where ";
    TypedQuery<CertificateApplication> query =
        em.createQuery(
            "select a from " + from + queueCondition(text) + " order by " + SORTS.get(key) + direction + ", a.id" + direction,
            CertificateApplication.class);
    bind(query, tenant, chamberId, statuses, text);
    return query.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  @Override
  public long queueSize(Tenant tenant, UUID chamberId, Set<ApplicationStatus> statuses, String text) {
    TypedQuery<Long> query =
        em.createQuery("select count(a) from CertificateApplication a where " + queueCondition(text), Long.class);
    bind(query, tenant, chamberId, statuses, text);
    return query.getSingleResult();
  }

  private static String queueCondition(String text) {
    String condition = "a.tenant = :tenant and a.chamberId = :chamber and a.status in :statuses";
    if (text != null && !text.isBlank()) {
      condition +=
          " and (lower(a.reference) like :text or lower(a.consigneeName) like :text"
              + " or a.exporterId in (select x.id from Organisation x where x.tenant = :tenant and lower(x.name) like :text))";
    }
    return condition;
  }

  private static void bind(TypedQuery<?> query, Tenant tenant, UUID chamberId, Set<ApplicationStatus> statuses, String text) {
    Set<ApplicationStatus> wanted = EnumSet.copyOf(CHAMBER_VISIBLE);
    if (!statuses.isEmpty()) {
      wanted.retainAll(statuses);
    }
    query.setParameter("tenant", tenant.code()).setParameter("chamber", chamberId).setParameter("statuses", wanted);
    if (text != null && !text.isBlank()) {
      String escaped = text.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
      query.setParameter("text", "%" + escaped + "%");
    }
  }

  @Override
  public void record(ApplicationEvent event) {
    em.persist(event);
  }

  @Override
  public List<ApplicationEvent> history(UUID applicationId) {
    return em.createQuery(
            "select e from ApplicationEvent e where e.applicationId = :id order by e.at, e.id", ApplicationEvent.class)
        .setParameter("id", applicationId)
        .getResultList();
  }

  @Override
  public void flush() {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new WorkflowException("application.error.changedMeanwhile");
    }
  }
}
