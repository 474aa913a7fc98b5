package org.ecoportal.infrastructure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ecoportal.domain.model.certificate.CertificateContent;
import org.ecoportal.domain.model.certificate.CertificateContent.Item;
import org.ecoportal.domain.model.certificate.CertificateContent.Party;
import org.ecoportal.domain.model.certificate.CertificateContent.Transport;

/** Certificates as the portal issues them, for the tests of the document, signature and PDF. */
public final class SampleCertificates {

  private SampleCertificates() {}

  /** A Busan chamber's preferential certificate for exports of pears and ginseng to Auckland. */
  public static CertificateContent koreaToNewZealand() {
    return new CertificateContent(
        "KR-2026-000123",
        LocalDate.of(2026, 3, 5),
        new Party("Busan Chamber of Commerce and Industry", "KCCI-BUSAN", "25 Jungang-daero, Dong-gu", "Busan", "48939", "KR"),
        new Party("Hanbit Fresh Trading Co., Ltd.", "KR-BRN-6218145372", "112 Gukhoe-daero, Yeongdeungpo-gu", "Seoul", "07236", "KR"),
        new Party("Naju Pear Growers Cooperative", "KR-BRN-4128200031", "77 Yeongsan-ro", "Naju", "58217", "KR"),
        new Party("Harbourside Foods Limited", "NZBN-9429041234567", "18 Quay Street", "Auckland", "1010", "NZ"),
        "KR",
        "NZ",
        "KR-NZ-FTA",
        "Free Trade Agreement between the Republic of Korea and New Zealand",
        true,
        new Transport("1", "HMM ALGECIRAS 0012S", LocalDate.of(2026, 3, 9), "KRPUS", "NZAKL", null),
        List.of(
            new Item(
                1,
                "080830",
                "Fresh Asian pears (Niitaka), class I, 5 kg cartons",
                "HBF/NZ/2026-031 NOS 1-840",
                840,
                "CT",
                new BigDecimal("4200"),
                "KGM",
                new BigDecimal("4704.000"),
                new BigDecimal("4200.000"),
                "WO",
                "HBF-INV-2026-0311",
                LocalDate.of(2026, 3, 2),
                new BigDecimal("18480.00"),
                "USD"),
            new Item(
                2,
                "121120",
                "Dried Korean red ginseng roots, 6-year, 600 g boxes",
                "HBF/NZ/2026-031 NOS 841-900",
                60,
                "BX",
                new BigDecimal("36"),
                "KGM",
                new BigDecimal("52.500"),
                new BigDecimal("36.000"),
                "WO",
                "HBF-INV-2026-0311",
                LocalDate.of(2026, 3, 2),
                new BigDecimal("21600.00"),
                "USD")),
        "Goods shipped in one 40' reefer container HMMU6123457.",
        "https://portal.example.org/verify/KR-2026-000123",
        null);
  }

  /** The same shipment, reissued after a correction: replaces the first certificate. */
  public static CertificateContent replacement() {
    CertificateContent first = koreaToNewZealand();
    return new CertificateContent(
        "KR-2026-000140",
        LocalDate.of(2026, 3, 12),
        first.issuingAuthority(),
        first.exporter(),
        first.producer(),
        first.consignee(),
        first.exportCountry(),
        first.importCountry(),
        first.agreementCode(),
        first.agreementName(),
        first.preferential(),
        first.transport(),
        first.items(),
        "Replaces KR-2026-000123: consignee postal code corrected.",
        "https://portal.example.org/verify/KR-2026-000140",
        "KR-2026-000123");
  }
}
