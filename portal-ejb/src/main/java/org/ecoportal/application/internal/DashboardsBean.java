package org.ecoportal.application.internal;

import static org.ecoportal.application.internal.DailyFigures.count;
import static org.ecoportal.application.internal.DailyFigures.instant;
import static org.ecoportal.application.internal.DailyFigures.seconds;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.ecoportal.application.Dashboards;
import org.ecoportal.application.internal.Workplaces.Workplace;
import org.ecoportal.domain.model.identity.Role;
import org.ecoportal.domain.model.organisation.OrganisationKind;
import org.ecoportal.domain.model.tenant.Tenant;
import org.ecoportal.infrastructure.security.Callers;

/** Each role's dashboard figures, counted in SQL for the caller's organisation or tenant. */
@Stateless
public class DashboardsBean implements Dashboards {

  private static final String MEDIAN = "percentile_cont(0.5) within group (order by extract(epoch from %s))";

  @Resource private SessionContext context;

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private Workplaces workplaces;

  @Override
  @RolesAllowed(Role.Names.CHAMBER_OFFICER)
  public Board chamber() {
    Workplace here = workplaces.of(context.getCallerPrincipal(), OrganisationKind.CHAMBER);
    DailyFigures figures = figures(here.caller().tenant());
    Map<String, Object> scope = scope(here.organisation().id());
    String approvedRecently = "status = 'APPROVED' and decided_at >= :since";
    Object[] r = figures.row(
        "select count(*) filter (where status = 'SUBMITTED'), count(*) filter (where status = 'UNDER_REVIEW'),"
            + " count(*) filter (where " + approvedRecently + "),"
            + " count(*) filter (where status = 'RETURNED' and updated_at >= :since),"
            + " count(*) filter (where status = 'REJECTED' and decided_at >= :since),"
            + " " + MEDIAN.formatted("decided_at - submitted_at") + " filter (where " + approvedRecently + "),"
            + " avg(extract(epoch from decided_at - submitted_at)) filter (where " + approvedRecently + "),"
            + " min(submitted_at) filter (where status in ('SUBMITTED', 'UNDER_REVIEW'))"
            + " from co_application where tenant = :tenant and chamber_id = :organisation",
        scope);
    String mine = "tenant = :tenant and chamber_id = :organisation";
    return new Board(
        counts("waiting", r[0], "inReview", r[1], "approved", r[2], "returned", r[3], "rejected", r[4]),
        times("median", r[5], "average", r[6]),
        instant(r[7]),
        figures.days(
            figures.perDay("co_application", "submitted_at", mine, scope),
            figures.perDay("co_application", "decided_at", mine + " and status = 'APPROVED'", scope)));
  }

  @Override
  @RolesAllowed(Role.Names.EXPORTER)
  public Board exporter() {
    Workplace here = workplaces.of(context.getCallerPrincipal(), OrganisationKind.TRADER);
    DailyFigures figures = figures(here.caller().tenant());
    Map<String, Object> scope = scope(here.organisation().id());
    Object[] r = figures.row(
        "select count(*) filter (where status = 'DRAFT'), count(*) filter (where status in ('SUBMITTED', 'UNDER_REVIEW')),"
            + " count(*) filter (where status = 'RETURNED'),"
            + " (select count(*) from certificate c where c.tenant = :tenant and c.exporter_id = :organisation and c.issued_at >= :since),"
            + " min(submitted_at) filter (where status in ('SUBMITTED', 'UNDER_REVIEW'))"
            + " from co_application where tenant = :tenant and exporter_id = :organisation",
        scope);
    String mine = "tenant = :tenant and exporter_id = :organisation";
    return new Board(
        counts("drafts", r[0], "withChamber", r[1], "returned", r[2], "issued", r[3]),
        Map.of(),
        instant(r[4]),
        figures.days(
            figures.perDay("co_application", "submitted_at", mine, scope),
            figures.perDay("certificate", "issued_at", mine, scope)));
  }

  @Override
  @RolesAllowed(Role.Names.TENANT_ADMIN)
  public Board administrator() {
    Tenant tenant = Callers.of(context.getCallerPrincipal()).tenant();
    DailyFigures figures = figures(tenant);
    Map<String, Object> scope = new HashMap<>(Map.of("since", since()));
    String deliveredRecently = "m.delivered_at >= :since and m.kind = 'ISSUED'";
    Object[] r = figures.row(
        "select count(*) filter (where m.delivered_at >= :since), count(*) filter (where m.status in ('QUEUED', 'SENT')),"
            + " count(*) filter (where m.status = 'FAILED'),"
            + " (select count(*) from received_certificate rc where rc.tenant = :tenant and rc.received_at >= :since),"
            + " " + MEDIAN.formatted("m.delivered_at - c.issued_at") + " filter (where " + deliveredRecently + "),"
            + " min(m.created_at) filter (where m.status in ('QUEUED', 'SENT'))"
            + " from exchange_message m left join certificate c on c.id = m.certificate_id where m.tenant = :tenant",
        scope);
    return new Board(
        counts("delivered", r[0], "pending", r[1], "failed", r[2], "received", r[3]),
        times("median", r[4]),
        instant(r[5]),
        figures.days(
            figures.perDay("exchange_message", "delivered_at", "tenant = :tenant", Map.of()),
            figures.perDay("received_certificate", "received_at", "tenant = :tenant", Map.of())));
  }

  @Override
  @RolesAllowed(Role.Names.IMPORTER)
  public Board importer() {
    Workplace here = workplaces.of(context.getCallerPrincipal(), OrganisationKind.TRADER);
    DailyFigures figures = figures(here.caller().tenant());
    Map<String, Object> scope = scope(here.organisation().id());
    Object[] r = figures.row(
        "select count(*) filter (where status = 'NEW'), count(*) filter (where status = 'ACCEPTED' and broker_id is null),"
            + " count(*) filter (where opened_at >= :since), min(opened_at) filter (where status = 'NEW')"
            + " from import_case where tenant = :tenant and importer_id = :organisation",
        scope);
    String mine = "tenant = :tenant and importer_id = :organisation";
    return new Board(
        counts("new", r[0], "withoutBroker", r[1], "received", r[2]),
        Map.of(),
        instant(r[3]),
        figures.days(
            figures.perDay("import_case", "opened_at", mine, scope),
            figures.perDay("import_case", "accepted_at", mine, scope)));
  }

  @Override
  @RolesAllowed(Role.Names.BROKER)
  public Board broker() {
    Workplace here = workplaces.of(context.getCallerPrincipal(), OrganisationKind.BROKERAGE);
    DailyFigures figures = figures(here.caller().tenant());
    Map<String, Object> scope = scope(here.organisation().id());
    Object[] r = figures.row(
        "select (select count(*) from import_case c where c.tenant = :tenant and c.broker_id = :organisation and not exists"
            + " (select 1 from import_declaration s where s.case_id = c.id and s.status <> 'DRAFT')),"
            + " count(*) filter (where d.status = 'DRAFT'),"
            + " count(*) filter (where d.status in ('SUBMITTED', 'HELD', 'VERIFICATION_REQUESTED')),"
            + " count(*) filter (where d.status = 'CLEARED' and d.decided_at >= :since),"
            + " " + MEDIAN.formatted("d.submitted_at - c.broker_assigned_at") + " filter (where d.submitted_at >= :since),"
            + " (select min(c2.broker_assigned_at) from import_case c2 where c2.tenant = :tenant and c2.broker_id = :organisation"
            + " and not exists (select 1 from import_declaration s where s.case_id = c2.id and s.status <> 'DRAFT'))"
            + " from import_declaration d join import_case c on c.id = d.case_id where d.tenant = :tenant and d.broker_id = :organisation",
        scope);
    String mine = "tenant = :tenant and broker_id = :organisation";
    return new Board(
        counts("toDeclare", r[0], "drafts", r[1], "withCustoms", r[2], "cleared", r[3]),
        times("median", r[4]),
        instant(r[5]),
        figures.days(
            figures.perDay("import_case", "broker_assigned_at", mine, scope),
            figures.perDay("import_declaration", "submitted_at", mine, scope)));
  }

  private DailyFigures figures(Tenant tenant) {
    return new DailyFigures(em, tenant, Instant.now());
  }

  private static Map<String, Object> scope(UUID organisation) {
    return Map.of("organisation", organisation, "since", since());
  }

  private static Instant since() {
    return Instant.now().minus(Duration.ofDays(RECENT_DAYS));
  }

  private static Map<String, Long> counts(Object... namesAndValues) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      counts.put((String) namesAndValues[i], count(namesAndValues[i + 1]));
    }
    return counts;
  }

  private static Map<String, Duration> times(Object... namesAndValues) {
    Map<String, Duration> times = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      Duration measured = seconds(namesAndValues[i + 1]);
      if (measured != null) {
        times.put((String) namesAndValues[i], measured);
      }
    }
    return times;
  }
}
