package org.ecoportal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.ecoportal.domain.model.application.FieldProblem;
import org.ecoportal.domain.model.application.InvalidInputException;
import org.ecoportal.domain.model.declaration.ExportDeclaration;
import org.ecoportal.domain.model.declaration.ExportDeclarationRepository;
import org.ecoportal.domain.model.tenant.Tenant;

@ApplicationScoped
public class JpaExportDeclarationRepository implements ExportDeclarationRepository {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Override
  public void addAll(List<ExportDeclaration> declarations) {
    declarations.forEach(em::persist);
    try {
      em.flush();
    } catch (PersistenceException e) {
      // The unique (tenant, declaration_number) caught a number recorded since the check.
      throw new InvalidInputException(List.of(new FieldProblem("declarationNumber", "declaration.error.duplicate")));
    }
  }

  @Override
  public Optional<ExportDeclaration> find(Tenant tenant, UUID id) {
    return em.createQuery("select d from ExportDeclaration d where d.tenant = :tenant and d.id = :id", ExportDeclaration.class)
        .setParameter("tenant", tenant.code())
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<ExportDeclaration> ofNumber(Tenant tenant, String declarationNumber) {
    return em.createQuery(
            "select d from ExportDeclaration d where d.tenant = :tenant and d.declarationNumber = :number", ExportDeclaration.class)
        .setParameter("tenant", tenant.code())
        .setParameter("number", declarationNumber)
        .getResultStream()
        .findFirst();
  }

  @Override
  public boolean numberTaken(Tenant tenant, String declarationNumber) {
    return ofNumber(tenant, declarationNumber).isPresent();
  }

  @Override
  public List<ExportDeclaration> search(Tenant tenant, String number, String exporterIdentifier, LocalDate from, LocalDate to, int limit) {
    List<String> conditions = new ArrayList<>(List.of("d.tenant = :tenant"));
    if (number != null && !number.isBlank()) {
      conditions.add("lower(d.declarationNumber) like :number");
    }
    if (exporterIdentifier != null && !exporterIdentifier.isBlank()) {
      conditions.add("lower(d.exporterIdentifier) like :exporter");
    }
    if (from != null) {
      conditions.add("d.declaredOn >= :from");
    }
    if (to != null) {
      conditions.add("d.declaredOn <= :to");
    }
    TypedQuery<ExportDeclaration> query =
        em.createQuery(
            "select d from ExportDeclaration d where " + String.join(" and ", conditions)
                + " order by d.declaredOn desc, d.enteredAt desc, d.id",
            ExportDeclaration.class);
    query.setParameter("tenant", tenant.code());
    if (number != null && !number.isBlank()) {
      query.setParameter("number", contains(number));
    }
    if (exporterIdentifier != null && !exporterIdentifier.isBlank()) {
      query.setParameter("exporter", contains(exporterIdentifier));
    }
    if (from != null) {
      query.setParameter("from", from);
    }
    if (to != null) {
      query.setParameter("to", to);
    }
    return query.setMaxResults(Math.max(1, Math.min(limit, 500))).getResultList();
  }

  private static String contains(String text) {
    return "%" + text.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}
