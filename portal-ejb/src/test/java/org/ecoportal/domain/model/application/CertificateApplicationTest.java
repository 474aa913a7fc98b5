package org.ecoportal.domain.model.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.UUID;
import org.ecoportal.domain.model.identity.Caller;
import org.ecoportal.domain.model.tenant.Tenant;
import org.junit.jupiter.api.Test;

class CertificateApplicationTest {

  private final Instant now = Instant.parse("2026-11-24T10:00:00Z");
  private final UUID chamber = UUID.randomUUID();

  private CertificateApplication draft() {
    ApplicationData data = new ApplicationData(chamber, "Consignee", null, "NZ", null, null, null, true, "1", null, null, null, null, null, null, null);
    return new CertificateApplication(new Caller(Tenant.KR, "exporter"), UUID.randomUUID(), "KR-A-1", data, now);
  }

  private CertificateApplication claimed() {
    CertificateApplication application = draft();
    application.submit(now);
    application.claim("officer", now);
    return application;
  }

  @Test
  void aDraftIsSubmittedClaimedAndApproved() {
    CertificateApplication application = claimed();
    assertEquals(ApplicationStatus.UNDER_REVIEW, application.status());
    application.approve("officer", now);
    assertEquals(ApplicationStatus.APPROVED, application.status());
    assertEquals("officer", application.decidedBy());
  }

  @Test
  void onlyTheClaimingOfficerDecides() {
    CertificateApplication application = claimed();
    WorkflowException e = assertThrows(WorkflowException.class, () -> application.approve("someone-else", now));
    assertEquals("application.error.claimedByOther", e.messageKey());
    assertThrows(WorkflowException.class, () -> application.claim("someone-else", now));
  }

  @Test
  void rejectingOrReturningNeedsAReason() {
    CertificateApplication application = claimed();
    assertThrows(WorkflowException.class, () -> application.reject("officer", "  ", now));
    assertThrows(WorkflowException.class, () -> application.returnForAmendment("officer", null, now));
    application.returnForAmendment("officer", "Wrong invoice date", now);
    assertEquals(ApplicationStatus.RETURNED, application.status());
    assertEquals("Wrong invoice date", application.decisionReason());
  }

  @Test
  void aReturnedApplicationIsEditedAndSubmittedAgain() {
    CertificateApplication application = claimed();
    application.returnForAmendment("officer", "Fix it", now);
    application.edit(ApplicationData.blank(), now);
    assertNull(application.data().consigneeName());
    ApplicationData fixed = new ApplicationData(chamber, "Fixed", null, "NZ", null, null, null, true, "1", null, null, null, null, null, null, null);
    application.edit(fixed, now);
    application.submit(now);
    assertEquals(ApplicationStatus.SUBMITTED, application.status());
    assertNull(application.claimedBy());
  }

  @Test
  void decidedApplicationsAreNeverEditedOrDecidedAgain() {
    CertificateApplication application = claimed();
    application.approve("officer", now);
    assertThrows(WorkflowException.class, () -> application.edit(ApplicationData.blank(), now));
    assertThrows(WorkflowException.class, () -> application.reject("officer", "late", now));
    assertThrows(WorkflowException.class, () -> application.submit(now));
  }

  @Test
  void aDraftCannotBeDecidedOrSubmittedWithoutChamber() {
    CertificateApplication application = draft();
    assertThrows(WorkflowException.class, () -> application.approve("officer", now));
    application.edit(ApplicationData.blank(), now);
    assertEquals("application.error.noChamber", assertThrows(WorkflowException.class, () -> application.submit(now)).messageKey());
  }
}
