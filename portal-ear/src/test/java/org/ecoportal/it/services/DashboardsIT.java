package org.ecoportal.it.services;

import static org.ecoportal.it.services.Lanes.approved;
import static org.ecoportal.it.services.Lanes.claimed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.Callable;
import javax.naming.InitialContext;
import org.ecoportal.application.Dashboards;
import org.ecoportal.application.Dashboards.Board;
import org.ecoportal.application.Dashboards.Day;
import org.ecoportal.it.Access;
import org.ecoportal.it.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboards count what their role works on: an application claimed and one approved in Korea
 * move the chamber's and the exporter's figures and today's bars; its delivery moves Korea's
 * administrator's and Taiwan's, and Taiwan's importer gets a new certificate. Each board is its
 * role's only.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardsIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return PortalDeployment.withTestClasses(DashboardsIT.class, Access.class, As.class, Lanes.class, AsKrOfficer.class,
        AsKrExporter.class, AsKrAdmin.class, AsTwAdmin.class, AsTwImporter.class, AsTwCustoms.class);
  }

  @Test
  void eachRolesFiguresFollowItsWork() throws Exception {
    Dashboards dashboards = InitialContext.doLookup("java:app/portal-ejb/DashboardsBean!" + Dashboards.class.getName());
    As officer = InitialContext.doLookup("java:module/AsKrOfficer");
    As exporter = InitialContext.doLookup("java:module/AsKrExporter");
    As krAdmin = InitialContext.doLookup("java:module/AsKrAdmin");
    As twAdmin = InitialContext.doLookup("java:module/AsTwAdmin");
    As twImporter = InitialContext.doLookup("java:module/AsTwImporter");

    Board chamber = officer.call(dashboards::chamber);
    Board exporting = exporter.call(dashboards::exporter);
    Board importing = twImporter.call(dashboards::importer);
    Board receiving = twAdmin.call(dashboards::administrator);

    claimed("Taipei Harbour Imports", "TW-IMP-53212539", "TW", "NON-PREF", false, "TWKHH");
    approved("Taipei Harbour Imports", "TW-IMP-53212539", "TW", "NON-PREF", false, "TWKHH");

    Board chamberAfter = officer.call(dashboards::chamber);
    assertEquals(count(chamber, "inReview") + 1, count(chamberAfter, "inReview"), "the claimed one");
    assertEquals(count(chamber, "approved") + 1, count(chamberAfter, "approved"));
    assertEquals(today(chamber).in() + 2, today(chamberAfter).in(), "both submitted today");
    assertEquals(today(chamber).out() + 1, today(chamberAfter).out(), "one approved today");
    assertNotNull(chamberAfter.oldest(), "one waits");
    assertTrue(chamberAfter.times().containsKey("median"), "approvals are timed");
    assertEquals(Dashboards.TREND_DAYS, chamberAfter.days().size());

    Board exportingAfter = exporter.call(dashboards::exporter);
    assertEquals(count(exporting, "withChamber") + 1, count(exportingAfter, "withChamber"));
    assertEquals(count(exporting, "issued") + 1, count(exportingAfter, "issued"));
    assertEquals(today(exporting).out() + 1, today(exportingAfter).out());

    Board importingAfter = await(() -> twImporter.call(dashboards::importer), b -> count(b, "new") > count(importing, "new"));
    assertEquals(count(importing, "received") + 1, count(importingAfter, "received"));
    assertEquals(today(importing).in() + 1, today(importingAfter).in());
    Board receivingAfter = twAdmin.call(dashboards::administrator);
    assertEquals(count(receiving, "received") + 1, count(receivingAfter, "received"));
    Board sending = await(() -> krAdmin.call(dashboards::administrator), b -> today(b).in() > 0);
    assertTrue(count(sending, "delivered") >= 1);
    assertTrue(sending.times().containsKey("median"), "issue → delivery is timed");

    // a board is its role's own
    As twCustoms = InitialContext.doLookup("java:module/AsTwCustoms");
    for (Callable<Board> other : List.<Callable<Board>>of(
        () -> exporter.call(dashboards::chamber), () -> officer.call(dashboards::exporter), () -> twCustoms.call(dashboards::importer),
        () -> twImporter.call(dashboards::administrator), () -> twImporter.call(dashboards::broker))) {
      Access.assertDenied(other::call);
    }
  }

  private static long count(Board board, String name) {
    Long value = board.counts().get(name);
    assertNotNull(value, name + " in " + board.counts());
    return value;
  }

  private static Day today(Board board) {
    return board.days().get(board.days().size() - 1);
  }

  private interface Check {
    boolean holds(Board board);
  }

  private static Board await(Callable<Board> read, Check check) throws Exception {
    long until = System.nanoTime() + 30_000_000_000L;
    Board board = read.call();
    while (!check.holds(board) && System.nanoTime() < until) {
      Thread.sleep(200);
      board = read.call();
    }
    assertTrue(check.holds(board), board.toString());
    return board;
  }
}
