package org.ecoportal.domain.model.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.ecoportal.domain.model.application.WorkflowException;
import org.ecoportal.domain.model.certificate.CertificateContent;
import org.ecoportal.domain.model.exchange.ExchangeKind;
import org.ecoportal.domain.model.exchange.Partner;
import org.ecoportal.domain.model.exchange.ReceivedCertificate;
import org.ecoportal.domain.model.importing.ImportCase.CertificateState;
import org.ecoportal.domain.model.organisation.Organisation;
import org.ecoportal.domain.model.organisation.OrganisationKind;
import org.ecoportal.domain.model.tenant.Tenant;
import org.junit.jupiter.api.Test;

public class ImportCaseTest {

  private static final Organisation TAIPEI_IMPORTER =
      new Organisation(Tenant.TW, OrganisationKind.TRADER, "Taipei Harbour Imports", "TW-IMP-1", "TW");

  @Test
  void aCaseWithItsImporterIsNewAndIsAcceptedOnce() {
    ImportCase opened = new ImportCase(received(), TAIPEI_IMPORTER);
    assertEquals(ImportStatus.NEW, opened.status());
    assertEquals(TAIPEI_IMPORTER.id(), opened.importerId());
    opened.accept("importer", Instant.parse("2026-12-01T10:00:00Z"));
    assertEquals(ImportStatus.ACCEPTED, opened.status());
    assertEquals("importer", opened.acceptedBy());
    assertEquals("importCase.error.notNew", assertThrows(WorkflowException.class, () -> opened.accept("other", Instant.now())).messageKey());
    assertThrows(WorkflowException.class, () -> opened.assignTo(TAIPEI_IMPORTER), "it has its importer");
  }

  @Test
  void aCaseWithoutItsImporterWaitsForATradingCompanyOfItsTenant() {
    ImportCase waiting = new ImportCase(received(), null);
    assertEquals(ImportStatus.UNASSIGNED, waiting.status());
    assertNull(waiting.importerId());
    assertThrows(WorkflowException.class, () -> waiting.accept("importer", Instant.now()), "nobody's to accept yet");
    Organisation korean = new Organisation(Tenant.KR, OrganisationKind.TRADER, "Seoul Import Corp.", "KR-IMP-1", "KR");
    Organisation broker = new Organisation(Tenant.TW, OrganisationKind.BROKERAGE, "Keelung Customs Brokers", "TW-BRK-1", "TW");
    assertThrows(WorkflowException.class, () -> waiting.assignTo(korean), "another tenant's company");
    assertThrows(WorkflowException.class, () -> waiting.assignTo(broker), "not a trading company");
    assertEquals(ImportStatus.UNASSIGNED, waiting.status());
    waiting.assignTo(TAIPEI_IMPORTER);
    assertEquals(ImportStatus.NEW, waiting.status());
  }

  @Test
  void anAcceptedCaseGetsABrokerageOfItsTenantAsBroker() {
    ImportCase opened = new ImportCase(received(), TAIPEI_IMPORTER);
    Organisation keelung = new Organisation(Tenant.TW, OrganisationKind.BROKERAGE, "Keelung Customs Brokers", "TW-BRK-1", "TW");
    Instant at = Instant.parse("2026-12-01T11:00:00Z");
    assertEquals("importCase.error.notAccepted",
        assertThrows(WorkflowException.class, () -> opened.assignBroker(keelung, "importer", at)).messageKey());
    opened.accept("importer", at);
    Organisation busan = new Organisation(Tenant.KR, OrganisationKind.BROKERAGE, "Busan Brokers", "KR-BRK-1", "KR");
    assertEquals("importCase.error.notABroker",
        assertThrows(WorkflowException.class, () -> opened.assignBroker(busan, "importer", at)).messageKey());
    assertEquals("importCase.error.notABroker",
        assertThrows(WorkflowException.class, () -> opened.assignBroker(TAIPEI_IMPORTER, "importer", at)).messageKey());
    assertNull(opened.brokerId());
    opened.assignBroker(keelung, "importer", at);
    assertEquals(List.of(keelung.id(), "importer", at), List.of(opened.brokerId(), opened.brokerAssignedBy(), opened.brokerAssignedAt()));
  }

  @Test
  void aRevocationOutweighsAReplacement() {
    ImportCase opened = new ImportCase(received(), TAIPEI_IMPORTER);
    opened.replacedBy("KR-2026-000002");
    assertEquals(CertificateState.REPLACED, opened.certificateState());
    opened.revoked();
    opened.replacedBy("KR-2026-000003");
    assertEquals(List.of(CertificateState.REVOKED, "KR-2026-000003"), List.of(opened.certificateState(), opened.replacedByNumber()));
  }

  /** A certificate Korea issued and Taiwan received, with no goods lines. */
  public static ReceivedCertificate received() {
    Partner korea = new Partner(Tenant.TW, "KR", "Korea single window", "https://sw.example.kr/as4", "eco-kr", EnumSet.allOf(ExchangeKind.class));
    CertificateContent content =
        new CertificateContent("KR-2026-000001", LocalDate.of(2026, 12, 1), null, null, null, null, "KR", "TW", "NON-PREF", null, false,
            null, List.of(), null, null, null);
    return new ReceivedCertificate(korea, "m-1@kr", content, ExchangeKind.ISSUED, "<x/>".getBytes(StandardCharsets.UTF_8),
        Instant.parse("2026-12-01T09:00:00Z"));
  }
}
