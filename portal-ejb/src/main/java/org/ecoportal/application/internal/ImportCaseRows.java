package org.ecoportal.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ecoportal.application.ImportCases.Row;
import org.ecoportal.domain.model.application.WorkflowException;
import org.ecoportal.domain.model.importing.ImportCase;
import org.ecoportal.domain.model.importing.ImportCase.CertificateState;
import org.ecoportal.domain.model.importing.ImportStatus;
import org.ecoportal.domain.model.tenant.Tenant;

/**
 * Import cases as their lists show them, with the certificate's parties from the delivery that
 * opened the case. Always within one tenant; the callers narrow further (one importer, unassigned).
 */
@ApplicationScoped
public class ImportCaseRows {

  private static final String SELECT =
      "select c.id, c.certificateNumber, p.country, p.name, r.exporterName, r.consigneeName, r.issueDate, c.openedAt,"
          + " o.name, c.status, c.certificateState, c.replacedBy, c.acceptedBy, c.acceptedAt,"
          + " b.name, c.brokerAssignedBy, c.brokerAssignedAt, (select count(d) from ShippingDocument d where d.caseId = c.id), c.version"
          + " from ImportCase c join ReceivedCertificate r on r.id = c.receivedId join Partner p on p.id = c.partnerId"
          + " left join Organisation o on o.id = c.importerId left join Organisation b on b.id = c.brokerId where c.tenant = :tenant";

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  /** The tenant's cases matching {@code condition} (JPQL on {@code c}, with named parameters set by {@code parameters}), newest first. */
  List<Row> find(Tenant tenant, String condition, java.util.function.Consumer<TypedQuery<Object[]>> parameters) {
    return find(tenant, condition, "c.openedAt desc, c.id", parameters);
  }

  /** As {@link #find(Tenant, String, java.util.function.Consumer)}, in the {@code order} given (JPQL on {@code c}). */
  List<Row> find(Tenant tenant, String condition, String order, java.util.function.Consumer<TypedQuery<Object[]>> parameters) {
    TypedQuery<Object[]> query =
        em.createQuery(SELECT + " and " + condition + " order by " + order, Object[].class).setParameter("tenant", tenant.code());
    parameters.accept(query);
    return query.setMaxResults(500).getResultList().stream().map(ImportCaseRows::row).toList();
  }

  /** Applies {@code change} to the case as read at {@code version}; refused if anyone changed it since. */
  Row change(ImportCase found, long version, Runnable change) {
    if (found.version() != version) {
      throw new WorkflowException("importCase.error.changedMeanwhile");
    }
    change.run();
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new WorkflowException("importCase.error.changedMeanwhile");
    }
    return of(found);
  }

  Row of(ImportCase found) {
    return find(found.tenant(), "c.id = :id", q -> q.setParameter("id", found.id())).get(0);
  }

  private static Row row(Object[] r) {
    return new Row((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5], (LocalDate) r[6],
        (Instant) r[7], (String) r[8], (ImportStatus) r[9], (CertificateState) r[10], (String) r[11], (String) r[12],
        (Instant) r[13], (String) r[14], (String) r[15], (Instant) r[16], ((Number) r[17]).longValue(), (Long) r[18]);
  }
}
