package org.ecoportal.it.services;

import static org.ecoportal.it.services.Lanes.await;
import static org.ecoportal.it.services.Lanes.approved;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.ecoportal.application.CustomsClearance;
import org.ecoportal.application.CustomsClearance.Dashboard;
import org.ecoportal.application.CustomsClearance.Detail;
import org.ecoportal.application.CustomsClearance.Filter;
import org.ecoportal.application.CustomsClearance.HeaderField;
import org.ecoportal.application.CustomsClearance.LineComparison;
import org.ecoportal.application.CustomsClearance.LineField;
import org.ecoportal.application.CustomsClearance.Query;
import org.ecoportal.application.CustomsClearance.Row;
import org.ecoportal.application.NotFoundException;
import org.ecoportal.domain.model.application.InvalidInputException;
import org.ecoportal.domain.model.application.WorkflowException;
import org.ecoportal.domain.model.clearance.Difference;
import org.ecoportal.domain.model.clearance.ImportDeclarationStatus;
import org.ecoportal.domain.model.clearance.MatchResult.Outcome;
import org.ecoportal.domain.model.clearance.MatchRule;
import org.ecoportal.it.Access;
import org.ecoportal.it.ClearanceSeeds;
import org.ecoportal.it.ClearanceSeeds.Variant;
import org.ecoportal.it.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Taiwan's customs officer works the submitted import declarations quoting a certificate Korea
 * issued: the queue shows Taiwan's submitted ones only, filtered, paged and sorted; a declaration
 * is shown beside its certificate with the differing fields named; decisions are taken once, on
 * the version read, with reasons where needed; the dashboard's figures agree with the data.
 */
@ExtendWith(ArquillianExtension.class)
class CustomsClearanceIT {

  private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

  /** One certificate Korea issued for Taipei Harbour Imports, its case with Taiwan's demo broker: shared by the tests. */
  private static String certificate;
  private static UUID importCase;

  @Deployment
  static EnterpriseArchive deployment() {
    return PortalDeployment.withTestClasses(CustomsClearanceIT.class, Access.class, As.class, Lanes.class, ClearanceSeeds.class,
        ClearanceSeeds.Variant.class, AsKrOfficer.class, AsKrExporter.class, AsKrCustoms.class, AsTwCustoms.class, AsTwBroker.class,
        AsTwImporter.class);
  }

  private CustomsClearance clearance;
  private ClearanceSeeds seeds;
  private As twCustoms;
  private String token;

  @BeforeEach
  void lookUp() throws Exception {
    clearance = InitialContext.doLookup("java:app/portal-ejb/CustomsClearanceBean!" + CustomsClearance.class.getName());
    seeds = InitialContext.doLookup("java:module/ClearanceSeeds");
    twCustoms = InitialContext.doLookup("java:module/AsTwCustoms");
    token = Long.toString(System.nanoTime(), 36).toUpperCase();
    if (importCase == null) {
      certificate = approved("Taipei Harbour Imports", "TW-IMP-53212539", "TW", "NON-PREF", false, "TWKHH");
      importCase = await(() -> seeds.caseOf("tw", certificate));
      seeds.brokerAssigned(importCase);
    }
  }

  @Test
  void theQueueShowsTheTenantsSubmittedDeclarationsFilteredPagedAndOldestFirst() throws Exception {
    Instant now = Instant.now();
    UUID matched = seeds.submitted(importCase, "CQ-" + token + "-M", Variant.MATCHING, now.minus(Duration.ofDays(5)));
    UUID differing = seeds.submitted(importCase, "CQ-" + token + "-D", Variant.DIFFERING, now.minus(Duration.ofDays(2)));
    UUID draft = seeds.draft(importCase, "CQ-" + token + "-X");

    Filter mine = filter(null, null, token, null, null, null);
    List<Row> open = queue(mine).rows();
    assertEquals(List.of(matched, differing), ids(open), "submitted ones, oldest first, no draft");
    Row first = open.get(0);
    assertEquals(List.of("CQ-" + token + "-M", certificate, "KR", "Taipei Harbour Imports", "Keelung Customs Brokers", Outcome.MATCHED, 0,
            ImportDeclarationStatus.SUBMITTED),
        List.of(first.declarationNumber(), first.certificateNumber(), first.exportingCountry(), first.importer(), first.broker(),
            first.outcome(), first.differences(), first.status()));
    assertTrue(first.clearableWithEase());
    assertEquals("Hanbit Trading Co.", first.exporter());
    assertTrue(first.ageAt(now).toDays() >= 4, first.ageAt(now).toString());
    Row second = open.get(1);
    assertEquals(Outcome.DIFFERENCES, second.outcome());
    assertTrue(second.differences() >= 3, "quantity, HS code and invoice: " + second.differences());
    assertFalse(second.clearableWithEase());

    // each filter narrows
    assertEquals(List.of(differing), ids(queue(filter(null, Outcome.DIFFERENCES, token, null, null, null)).rows()));
    assertEquals(List.of(matched), ids(queue(filter(null, Outcome.MATCHED, token, null, null, null)).rows()));
    assertEquals(List.of(matched, differing), ids(queue(filter(null, null, token, "kr", null, null)).rows()), "partner KR");
    assertEquals(List.of(), ids(queue(filter(null, null, token, "NZ", null, null)).rows()), "partner NZ");
    LocalDate today = LocalDate.now(TAIPEI);
    assertEquals(List.of(differing), ids(queue(filter(null, null, token, null, today.minusDays(3), null)).rows()), "from");
    assertEquals(List.of(matched), ids(queue(filter(null, null, token, null, null, today.minusDays(4))).rows()), "to");
    assertEquals(List.of(differing), ids(queue(filter(null, null, "cq-" + token.toLowerCase() + "-d", null, null, null)).rows()),
        "text: declaration number, ignoring case");
    assertTrue(ids(queue(filter(null, null, certificate, null, null, null)).rows()).containsAll(List.of(matched, differing)),
        "text: certificate number");
    assertTrue(twCustoms.call(() -> clearance.queue(new Query(filter(null, null, "keelung customs", null, null, null), 0, 200, null, true)))
        .total() >= 2, "text: broker");

    // paging and counting, sorting
    Query page1 = new Query(mine, 0, 1, null, true);
    Query page2 = new Query(mine, 1, 1, null, true);
    assertEquals(List.of(List.of(matched), 2L), List.of(ids(twCustoms.call(() -> clearance.queue(page1)).rows()),
        twCustoms.call(() -> clearance.queue(page1)).total()));
    assertEquals(List.of(differing), ids(twCustoms.call(() -> clearance.queue(page2)).rows()));
    Query byNumberDescending = new Query(mine, 0, 25, "declarationNumber", false);
    assertEquals(List.of(matched, differing), ids(twCustoms.call(() -> clearance.queue(byNumberDescending)).rows()), "M after D");
    Query newestFirst = new Query(mine, 0, 25, "submittedAt", false);
    assertEquals(List.of(differing, matched), ids(twCustoms.call(() -> clearance.queue(newestFirst)).rows()));

    // status: held is still open; a cleared one leaves the open queue and is found by its status
    Row held = twCustoms.call(() -> clearance.hold(differing, second.version(), "Count the cartons"));
    Row cleared = twCustoms.call(() -> clearance.clear(matched, first.version()));
    assertEquals(List.of(ImportDeclarationStatus.HELD, ImportDeclarationStatus.CLEARED), List.of(held.status(), cleared.status()));
    assertEquals(List.of(differing), ids(queue(mine).rows()), "open ones by default");
    assertEquals(List.of(differing), ids(queue(filter(Set.of(ImportDeclarationStatus.HELD), null, token, null, null, null)).rows()));
    assertEquals(List.of(matched), ids(queue(filter(Set.of(ImportDeclarationStatus.CLEARED), null, token, null, null, null)).rows()));
    assertEquals(List.of(), ids(queue(filter(Set.of(ImportDeclarationStatus.DRAFT), null, token, null, null, null)).rows()), "never drafts");

    // a draft is not found; Korea's customs sees none of Taiwan's declarations
    assertThrows(NotFoundException.class, () -> twCustoms.call(() -> clearance.detail(draft)));
    As krCustoms = InitialContext.doLookup("java:module/AsKrCustoms");
    assertEquals(0, krCustoms.call(() -> clearance.queue(new Query(filter(null, null, token, null, null, null), 0, 25, null, true))).total());
    assertEquals(0, krCustoms.call(() -> clearance.queue(new Query(filter(Set.of(ImportDeclarationStatus.CLEARED), null, token, null, null,
        null), 0, 25, null, true))).total());
    assertThrows(NotFoundException.class, () -> krCustoms.call(() -> clearance.detail(differing)));
    assertThrows(NotFoundException.class, () -> krCustoms.call(() -> clearance.hold(differing, held.version(), "Mine now")));
    assertThrows(NotFoundException.class, () -> twCustoms.call(() -> clearance.detail(UUID.randomUUID())));
  }

  @Test
  void aDeclarationIsShownBesideItsCertificateWithTheDifferingFieldsNamed() throws Exception {
    UUID differing = seeds.submitted(importCase, "CD-" + token + "-D", Variant.DIFFERING, Instant.now().minus(Duration.ofHours(3)));
    Detail detail = twCustoms.call(() -> clearance.detail(differing));
    assertEquals(certificate, detail.certificate().certificateNumber());
    assertTrue(detail.signature().valid(), detail.signature().toString());
    assertEquals(2, detail.lines().size(), "two declared lines and no unpaired certificate line: " + detail.lines());

    LineComparison apples = detail.lines().get(0);
    assertEquals(1, apples.declared().lineNumber());
    assertNotNull(apples.certificate(), "paired");
    assertEquals(apples.declared().hsCode(), apples.certificate().hsCode());
    assertEquals(Set.of(LineField.QUANTITY, LineField.UNIT), apples.flagged());
    assertTrue(apples.flags("QUANTITY") && !apples.flags("HS_CODE") && !apples.flags("WEIGHT"));
    Difference quantity = apples.differences().stream().filter(d -> d.rule() == MatchRule.LINE_QUANTITY).findFirst().orElseThrow();
    assertFalse(quantity.reason().isBlank());
    assertEquals(apples.certificate().sequence(), quantity.certificateLine());

    LineComparison coffee = detail.lines().get(1);
    assertEquals("090111", coffee.declared().hsCode());
    assertNull(coffee.certificate(), "no certificate line has its HS code");
    assertEquals(Set.of(LineField.HS_CODE), coffee.flagged());
    assertTrue(coffee.differences().stream().allMatch(d -> d.rule() == MatchRule.LINE_HS6 && !d.reason().isBlank()));

    assertTrue(detail.flags("INVOICES"), detail.flagged().toString());
    assertFalse(detail.flags("IMPORTER") || detail.flags("EXPORTER") || detail.flags("SIGNATURE") || detail.flags("STATE"));
    assertTrue(detail.headerDifferences().stream().anyMatch(d -> d.rule() == MatchRule.INVOICE_MATCHES));
    assertEquals(HeaderField.INVOICES, HeaderField.of(MatchRule.INVOICE_MATCHES));
    assertTrue(detail.rulesRun().containsAll(List.of(MatchRule.LINE_QUANTITY, MatchRule.LINE_HS6, MatchRule.INVOICE_MATCHES)));
    assertTrue(detail.rulesSwitchedOff().isEmpty() && detail.rulesNotRun().isEmpty());
    assertEquals(detail.row().differences(), detail.differences().size());
    assertNull(detail.decision().decidedBy());
    assertTrue(detail.open());

    UUID matching = seeds.submitted(importCase, "CD-" + token + "-M", Variant.MATCHING, Instant.now().minus(Duration.ofHours(1)));
    Detail clean = twCustoms.call(() -> clearance.detail(matching));
    assertTrue(clean.differences().isEmpty() && clean.flagged().isEmpty());
    assertTrue(clean.lines().stream().allMatch(l -> l.declared() != null && l.certificate() != null && l.flagged().isEmpty()));
    assertEquals(Outcome.MATCHED, clean.row().outcome());
  }

  @Test
  void decisionsAreTakenOnceOnTheVersionReadWithTheReasonsTheyNeed() throws Exception {
    UUID toClear = seeds.submitted(importCase, "CC-" + token + "-1", Variant.DIFFERING, Instant.now().minus(Duration.ofHours(2)));
    UUID toRefuse = seeds.submitted(importCase, "CC-" + token + "-2", Variant.DIFFERING, Instant.now().minus(Duration.ofHours(2)));
    long version = twCustoms.call(() -> clearance.detail(toClear)).row().version();

    InvalidInputException noReason = assertThrows(InvalidInputException.class, () -> twCustoms.call(() -> clearance.hold(toClear, version, " ")));
    assertEquals(List.of("reason"), noReason.problems().stream().map(p -> p.field()).toList());
    assertEquals("clearance.error.reasonRequired", noReason.problems().get(0).messageKey());
    Row held = twCustoms.call(() -> clearance.hold(toClear, version, "  Cartons to be counted  "));
    assertEquals(ImportDeclarationStatus.HELD, held.status());
    assertTrue(held.version() > version);
    Detail heldDetail = twCustoms.call(() -> clearance.detail(toClear));
    assertEquals(List.of(ImportDeclarationStatus.HELD, "customs", "Cartons to be counted"),
        List.of(heldDetail.decision().status(), heldDetail.decision().decidedBy(), heldDetail.decision().reason()));
    assertNotNull(heldDetail.decision().decidedAt());

    WorkflowException stale = assertThrows(WorkflowException.class, () -> twCustoms.call(() -> clearance.clear(toClear, version)));
    assertEquals("clearance.error.changedMeanwhile", stale.messageKey());
    Row cleared = twCustoms.call(() -> clearance.clear(toClear, held.version()));
    assertEquals(ImportDeclarationStatus.CLEARED, cleared.status());
    assertNull(twCustoms.call(() -> clearance.detail(toClear)).decision().reason(), "clearing needs no reason");
    WorkflowException again = assertThrows(WorkflowException.class, () -> twCustoms.call(() -> clearance.clear(toClear, cleared.version())));
    assertEquals("clearance.error.notOpen", again.messageKey());
    assertThrows(WorkflowException.class, () -> twCustoms.call(() -> clearance.hold(toClear, cleared.version(), "Too late")));
    assertFalse(twCustoms.call(() -> clearance.detail(toClear)).open());

    long refuseVersion = twCustoms.call(() -> clearance.detail(toRefuse)).row().version();
    assertThrows(InvalidInputException.class, () -> twCustoms.call(() -> clearance.refusePreference(toRefuse, refuseVersion, null)));
    Row refused = twCustoms.call(() -> clearance.refusePreference(toRefuse, refuseVersion, "Origin not shown for line 2"));
    assertEquals(ImportDeclarationStatus.PREFERENCE_REFUSED, refused.status());
    assertEquals("Origin not shown for line 2", twCustoms.call(() -> clearance.detail(toRefuse)).decision().reason());
    assertThrows(WorkflowException.class, () -> twCustoms.call(() -> clearance.refusePreference(toRefuse, refused.version(), "Again")));
  }

  @Test
  void brokersAndImportersMayNotUseTheClearanceDesk() throws Exception {
    UUID declaration = seeds.submitted(importCase, "CR-" + token, Variant.MATCHING, Instant.now());
    for (String runner : List.of("AsTwBroker", "AsTwImporter")) {
      As other = InitialContext.doLookup("java:module/" + runner);
      Access.assertDenied(() -> other.call(() -> clearance.queue(Query.firstPage(Filter.open()))));
      Access.assertDenied(() -> other.call(() -> clearance.detail(declaration)));
      Access.assertDenied(() -> other.call(() -> clearance.clear(declaration, 0)));
      Access.assertDenied(() -> other.call(clearance::dashboard));
    }
    assertEquals(ImportDeclarationStatus.SUBMITTED, twCustoms.call(() -> clearance.detail(declaration)).row().status());
  }

  @Test
  void theDashboardsFiguresAgreeWithTheDeclarations() throws Exception {
    Dashboard before = twCustoms.call(clearance::dashboard);
    Instant now = Instant.now();
    Instant[] at = {now.minus(Duration.ofHours(5)), now.minus(Duration.ofHours(3)), now.minus(Duration.ofHours(2)),
        now.minus(Duration.ofMinutes(30))};
    UUID matchedOpen = seeds.submitted(importCase, "CB-" + token + "-1", Variant.MATCHING, at[0]);
    UUID differingHeld = seeds.submitted(importCase, "CB-" + token + "-2", Variant.DIFFERING, at[1]);
    UUID waiting = seeds.submitted(importCase, "CB-" + token + "-3", Variant.DIFFERING, at[2]);
    UUID toClear = seeds.submitted(importCase, "CB-" + token + "-4", Variant.MATCHING, at[3]);
    seeds.draft(importCase, "CB-" + token + "-5");
    twCustoms.call(() -> clearance.hold(differingHeld, clearance.detail(differingHeld).row().version(), "Sample to be taken"));
    seeds.verificationRequested(waiting);
    twCustoms.call(() -> clearance.clear(toClear, clearance.detail(toClear).row().version()));
    Dashboard after = twCustoms.call(clearance::dashboard);

    assertEquals(List.of(3L, 1L, 2L, 1L, 1L),
        List.of(after.open() - before.open(), after.openMatched() - before.openMatched(),
            after.openWithDifferences() - before.openWithDifferences(), after.held() - before.held(),
            after.waitingForVerification() - before.waitingForVerification()),
        "open, matched, with differences, held, waiting for verification");
    assertEquals(List.of(4L, 2L, 1L),
        List.of(after.submittedLast30Days() - before.submittedLast30Days(), after.matchedLast30Days() - before.matchedLast30Days(),
            after.decidedLast30Days() - before.decidedLast30Days()));
    assertNotNull(matchedOpen);

    // the per-day counts move by the declarations of each day
    assertEquals(14, after.days().size());
    assertEquals(LocalDate.now(TAIPEI), after.days().get(13).day());
    Map<LocalDate, Long> submittedOn = new HashMap<>();
    for (Instant instant : at) {
      submittedOn.merge(LocalDate.ofInstant(instant, TAIPEI), 1L, Long::sum);
    }
    for (int i = 0; i < 14; i++) {
      CustomsClearance.Day b = before.days().get(i);
      CustomsClearance.Day a = after.days().get(i);
      assertEquals(b.day(), a.day());
      assertEquals((long) submittedOn.getOrDefault(a.day(), 0L), a.submitted() - b.submitted(), "submitted on " + a.day());
      assertEquals(a.day().equals(LocalDate.now(TAIPEI)) ? 1 : 0, a.decided() - b.decided(), "decided on " + a.day());
    }

    // the figures over all of Taiwan's declarations, read directly
    List<Object[]> all = declarations("tw");
    List<String> open = List.of("SUBMITTED", "HELD", "VERIFICATION_REQUESTED");
    Instant oldest = all.stream().filter(r -> open.contains(r[0])).map(r -> (Instant) r[2]).min(Instant::compareTo).orElseThrow();
    assertEquals(oldest.toEpochMilli() / 1000, after.oldestOpenSubmittedAt().toEpochMilli() / 1000);
    Instant since = Instant.now().minus(Duration.ofDays(30));
    List<Double> clearance = new ArrayList<>();
    for (Object[] r : all) {
      if (List.of("CLEARED", "PREFERENCE_REFUSED").contains(r[0]) && r[3] != null && ((Instant) r[3]).isAfter(since)) {
        clearance.add(Duration.between((Instant) r[2], (Instant) r[3]).toMillis() / 1000.0);
      }
    }
    clearance.sort(Double::compareTo);
    int n = clearance.size();
    double median = n % 2 == 1 ? clearance.get(n / 2) : (clearance.get(n / 2 - 1) + clearance.get(n / 2)) / 2;
    double average = clearance.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    assertEquals(n, after.decidedLast30Days());
    assertEquals(median, after.clearanceMedian().toMillis() / 1000.0, 1.0, "median");
    assertEquals(average, after.clearanceAverage().toMillis() / 1000.0, 1.0, "average");
    long submitted30 = all.stream().filter(r -> ((Instant) r[2]).isAfter(since)).count();
    long matched30 = all.stream().filter(r -> ((Instant) r[2]).isAfter(since) && "MATCHED".equals(r[1])).count();
    assertEquals((double) matched30 / submitted30, after.matchedRatio(), 0.0001);
  }

  /** Status, outcome, submitted and decided of the tenant's submitted declarations. */
  private static List<Object[]> declarations(String tenant) throws Exception {
    DataSource dataSource = InitialContext.doLookup("java:jboss/datasources/PortalDS");
    List<Object[]> rows = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement select = c.prepareStatement(
            "select status, match_outcome, submitted_at, decided_at from import_declaration where tenant = ? and status <> 'DRAFT'")) {
      select.setString(1, tenant);
      try (ResultSet r = select.executeQuery()) {
        while (r.next()) {
          rows.add(new Object[] {r.getString(1), r.getString(2), r.getTimestamp(3).toInstant(),
              r.getTimestamp(4) == null ? null : r.getTimestamp(4).toInstant()});
        }
      }
    }
    return rows;
  }

  private CustomsClearance.Page queue(Filter filter) throws Exception {
    return twCustoms.call(() -> clearance.queue(new Query(filter, 0, 25, null, true)));
  }

  private static Filter filter(
      Set<ImportDeclarationStatus> statuses, Outcome outcome, String text, String partner, LocalDate from, LocalDate to) {
    return new Filter(statuses, outcome, text, partner, from, to);
  }

  private static List<UUID> ids(List<Row> rows) {
    return rows.stream().map(Row::id).toList();
  }

}
