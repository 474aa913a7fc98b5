package org.ecoportal.it.services;

import static org.ecoportal.it.services.Lanes.await;
import static org.ecoportal.it.services.Lanes.applicationOf;
import static org.ecoportal.it.services.Lanes.approved;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.naming.InitialContext;
import org.ecoportal.application.CertificateTimeline;
import org.ecoportal.application.CertificateTimeline.Stage;
import org.ecoportal.application.CertificateTimeline.Step;
import org.ecoportal.application.ImportCases;
import org.ecoportal.application.NotFoundException;
import org.ecoportal.application.ReceivedCertificates;
import org.ecoportal.it.Access;
import org.ecoportal.it.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A certificate's timeline: Korea's exporter and chamber see it applied, approved, sent and
 * delivered; Taiwan's importer and customs see it issued, received and accepted. Nobody else sees
 * either side.
 */
@ExtendWith(ArquillianExtension.class)
class CertificateTimelineIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return PortalDeployment.withTestClasses(CertificateTimelineIT.class, Access.class, As.class, Lanes.class, AsKrOfficer.class,
        AsKrOfficer2.class, AsKrExporter.class, AsTwExporter.class, AsKrImporter.class, AsTwImporter.class, AsTwOtherImporter.class,
        AsTwCustoms.class, AsKrCustoms.class);
  }

  @Test
  void eachSideSeesTheStepsItMayAndNobodyElseSeesAny() throws Exception {
    CertificateTimeline timelines = InitialContext.doLookup("java:app/portal-ejb/CertificateTimelineBean!" + CertificateTimeline.class.getName());
    ImportCases cases = InitialContext.doLookup("java:app/portal-ejb/ImportCasesBean!" + ImportCases.class.getName());
    ReceivedCertificates received =
        InitialContext.doLookup("java:app/portal-ejb/ReceivedCertificatesBean!" + ReceivedCertificates.class.getName());
    String number = approved("Taipei Harbour Imports", "TW-IMP-53212539", "TW", "NON-PREF", false, "TWKHH");
    UUID application = applicationOf(number);

    As twImporter = InitialContext.doLookup("java:module/AsTwImporter");
    ImportCases.Row opened = await(() -> twImporter.call(cases::inbox).stream().filter(r -> r.certificateNumber().equals(number)).findFirst());
    twImporter.call(() -> cases.accept(opened.id(), opened.version()));

    As krExporter = InitialContext.doLookup("java:module/AsKrExporter");
    List<Step> exporting = await(() -> Optional.of(krExporter.call(() -> timelines.ofApplication(application)))
        .filter(steps -> stages(steps).contains(Stage.DELIVERED)));
    assertEquals(List.of(Stage.APPLIED, Stage.APPROVED, Stage.SENT, Stage.DELIVERED), stages(exporting));
    assertEquals(List.of("KR", "KR", "KR", "TW"), exporting.stream().map(Step::economy).toList());
    assertEquals(number, exporting.get(1).detail(), "the approval names the certificate");
    As krOfficer = InitialContext.doLookup("java:module/AsKrOfficer");
    assertEquals(stages(exporting), stages(krOfficer.call(() -> timelines.ofApplication(application))), "the issuing chamber");

    List<Step> importing = twImporter.call(() -> timelines.ofImportCase(opened.id()));
    assertEquals(List.of(Stage.ISSUED, Stage.RECEIVED, Stage.ACCEPTED), stages(importing));
    assertTrue(importing.get(0).dateOnly(), "the issue is known by the date the certificate states");
    assertEquals(List.of("KR", "TW", "TW"), importing.stream().map(Step::economy).toList());
    assertEquals("importer", importing.get(2).who());
    As twCustoms = InitialContext.doLookup("java:module/AsTwCustoms");
    List<UUID> ids = new ArrayList<>();
    Lanes.query("select id from received_certificate where certificate_number = ?", number, r -> ids.add(UUID.fromString(r.getString(1))));
    UUID receivedId = ids.get(0);
    assertEquals(number, twCustoms.call(() -> received.detail(receivedId)).row().certificateNumber());
    assertEquals(stages(importing), stages(twCustoms.call(() -> timelines.ofReceived(receivedId))));
    assertEquals(stages(importing), stages(twCustoms.call(() -> timelines.ofImportCase(opened.id()))));

    // another tenant's exporter, importers, and roles of the other side, see nothing
    for (String other : List.of("AsTwExporter", "AsTwImporter", "AsKrImporter")) {
      As caller = InitialContext.doLookup("java:module/" + other);
      assertThrows(NotFoundException.class, () -> caller.call(() -> timelines.ofApplication(application)), other);
    }
    for (String other : List.of("AsTwOtherImporter", "AsKrImporter", "AsKrCustoms", "AsKrOfficer")) {
      As caller = InitialContext.doLookup("java:module/" + other);
      assertThrows(Exception.class, () -> caller.call(() -> timelines.ofImportCase(opened.id())), other);
    }
    As krCustoms = InitialContext.doLookup("java:module/AsKrCustoms");
    assertThrows(NotFoundException.class, () -> krCustoms.call(() -> timelines.ofReceived(receivedId)));
    Access.assertDenied(() -> timelines.ofApplication(application));
  }

  private static List<Stage> stages(List<Step> steps) {
    return steps.stream().map(Step::stage).toList();
  }

}
