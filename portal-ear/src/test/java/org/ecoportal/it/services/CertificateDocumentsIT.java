package org.ecoportal.it.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.ecoportal.domain.model.certificate.CertificateContent;
import org.ecoportal.infrastructure.pdf.CertificatePdf;
import org.ecoportal.infrastructure.signing.ChamberKey;
import org.ecoportal.infrastructure.signing.ChamberKeys;
import org.ecoportal.infrastructure.signing.SignatureCheck;
import org.ecoportal.infrastructure.signing.XmlSigner;
import org.ecoportal.infrastructure.ubl.CertificateOfOriginDocument;
import org.ecoportal.it.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The certificate documents inside the real server, with the libraries as the EAR bundles them:
 * UBL 2.1 written and schema-valid, XAdES-signed with a chamber's development key and verified,
 * tampering detected, PDF rendered.
 */
@ExtendWith(ArquillianExtension.class)
class CertificateDocumentsIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return PortalDeployment.withTestClasses(CertificateDocumentsIT.class);
  }

  private static CertificateContent sample() {
    CertificateContent.Party chamber = new CertificateContent.Party("Korea Chamber of Commerce and Industry", "KR-CHB-KCCI", "39 Sejong-daero", "Seoul", "04513", "KR");
    CertificateContent.Party exporter = new CertificateContent.Party("Hanbit Trading Co.", "KR-EXP-1208145678", "12 Teheran-ro", "Seoul", "06236", "KR");
    CertificateContent.Party consignee = new CertificateContent.Party("Auckland Fine Foods Ltd", "NZ-IMP-9429047654321", "12 Quay Street", "Auckland", "1010", "NZ");
    CertificateContent.Item apples = new CertificateContent.Item(1, "080810", "Fresh apples, Fuji", "HANBIT/AKL/1-40", 40, "CT", new BigDecimal("800"), "KGM",
        new BigDecimal("860"), new BigDecimal("800"), "WO", "INV-2026-001", LocalDate.of(2026, 11, 20), new BigDecimal("2400.00"), "USD");
    return new CertificateContent("KR-2026-000042", LocalDate.of(2026, 11, 24), chamber, exporter, exporter, consignee, "KR", "NZ", "KR-NZ-FTA",
        "Korea–New Zealand Free Trade Agreement", true,
        new CertificateContent.Transport("1", "HMM ALGECIRAS 0012E", LocalDate.of(2026, 11, 26), "KRPUS", "NZAKL", null),
        List.of(apples), "Keep refrigerated", "http://localhost:8080/site/public/verify.xhtml?number=KR-2026-000042", null);
  }

  @Test
  void aCertificateIsWrittenSignedVerifiedAndPrintedInsideTheServer() throws Exception {
    CertificateOfOriginDocument ubl = new CertificateOfOriginDocument();
    byte[] xml = ubl.write(sample());
    assertEquals(List.of(), ubl.validate(xml));

    Path keys = Files.createTempDirectory("chamber-keys");
    ChamberKey key = new ChamberKeys(keys, "development".toCharArray()).forChamber("KR-CHB-KCCI", "Korea Chamber of Commerce and Industry", "KR");
    byte[] signed = new XmlSigner().sign(xml, key.privateKey(), key.chainArray());
    assertEquals(List.of(), ubl.validate(signed), "the signed document is still valid UBL");

    SignatureCheck.Result result = new SignatureCheck().verify(signed, key.certificate());
    assertTrue(result.valid(), String.valueOf(result.failure()));

    byte[] tampered = new String(signed, StandardCharsets.UTF_8).replace("Hanbit Trading Co.", "Hanbit Tradinq Co.").getBytes(StandardCharsets.UTF_8);
    assertFalse(new SignatureCheck().verify(tampered, key.certificate()).valid(), "a changed exporter name breaks the signature");

    byte[] pdf = new CertificatePdf().render(sample());
    assertTrue(new String(pdf, 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
    assertTrue(pdf.length > 1024);
  }
}
