package org.ecoportal.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ecoportal.application.GoodsView;
import org.ecoportal.domain.model.goods.Goods;
import org.ecoportal.domain.model.organisation.Organisation;
import org.ecoportal.domain.model.organisation.OrganisationRepository;
import org.ecoportal.domain.model.tenant.Tenant;
import jakarta.inject.Inject;

/** Stores goods registrations; every query names the tenant (and the exporter where it applies). */
@ApplicationScoped
public class GoodsRegister {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private OrganisationRepository organisations;

  void add(Goods goods) {
    em.persist(goods);
  }

  List<Goods> ofExporter(Tenant tenant, UUID exporterId) {
    return em.createQuery("select g from Goods g where g.tenant = :tenant and g.exporterId = :exporter order by g.description", Goods.class)
        .setParameter("tenant", tenant.code())
        .setParameter("exporter", exporterId)
        .getResultList();
  }

  List<Goods> pending(Tenant tenant) {
    return em.createQuery("select g from Goods g where g.tenant = :tenant and g.status = :pending order by g.registeredAt", Goods.class)
        .setParameter("tenant", tenant.code())
        .setParameter("pending", Goods.Status.PENDING)
        .setMaxResults(500)
        .getResultList();
  }

  Optional<Goods> find(Tenant tenant, UUID id) {
    return em.createQuery("select g from Goods g where g.tenant = :tenant and g.id = :id", Goods.class)
        .setParameter("tenant", tenant.code())
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  /** HS codes of the exporter's approved goods. */
  Set<String> approvedHsCodes(Tenant tenant, UUID exporterId) {
    return em.createQuery(
            "select g.hsCode from Goods g where g.tenant = :tenant and g.exporterId = :exporter and g.status = :approved", String.class)
        .setParameter("tenant", tenant.code())
        .setParameter("exporter", exporterId)
        .setParameter("approved", Goods.Status.APPROVED)
        .getResultStream()
        .collect(Collectors.toSet());
  }

  List<GoodsView> views(Tenant tenant, List<Goods> goods) {
    Map<UUID, String> names =
        organisations.allOf(tenant).stream().collect(Collectors.toMap(Organisation::id, Organisation::name, (a, b) -> a));
    Function<Goods, GoodsView> view =
        g -> new GoodsView(g.id(), names.get(g.exporterId()), g.description(), g.hsCode(), g.originCriterion(), g.producerName(),
            g.status().name(), g.decisionReason(), g.version());
    return goods.stream().map(view).toList();
  }
}
