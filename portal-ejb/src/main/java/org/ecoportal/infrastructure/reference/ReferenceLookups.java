package org.ecoportal.infrastructure.reference;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ecoportal.domain.model.application.ApplicationRules;

/**
 * The reference checks applications are held to. Countries come from the JDK's ISO 3166 list; HS
 * codes are checked for structure (six digits in an existing chapter); ports for UN/LOCODE form
 * and country; units against the UN/ECE Rec. 20 codes used on certificates; agreements against
 * the trade agreements of the demo economies and their origin criteria.
 */
@ApplicationScoped
public class ReferenceLookups implements ApplicationRules.Lookups {

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  /** UN/ECE Recommendation 20 codes commonly stated on certificates of origin. */
  private static final Set<String> UNITS =
      Set.of("KGM", "TNE", "GRM", "LTR", "MTQ", "MTR", "MTK", "H87", "C62", "NAR", "PR", "DZN", "SET", "NPR", "KTM", "MLT", "HLT", "CMT", "MMT", "KWH");

  /** An agreement: its parties and the origin criteria its certificates may state. */
  private record Agreement(Set<String> parties, Set<String> criteria) {}

  private static final Set<String> ANY = Set.of();

  private static final Map<String, Agreement> AGREEMENTS =
      Map.of(
          "KR-NZ-FTA", new Agreement(Set.of("KR", "NZ"), Set.of("WO", "PE", "PSR")),
          "KR-CN-FTA", new Agreement(Set.of("KR", "CN"), Set.of("WO", "WP", "PE", "PSR")),
          "CN-NZ-FTA", new Agreement(Set.of("CN", "NZ"), Set.of("WO", "WP", "PE", "PSR")),
          "RCEP", new Agreement(Set.of("KR", "CN", "NZ", "JP", "AU", "BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"), Set.of("WO", "PE", "CTC", "RVC", "CR")),
          "ECFA", new Agreement(Set.of("CN", "TW"), Set.of("WO", "PE", "PSR")),
          "ANZTEC", new Agreement(Set.of("NZ", "TW"), Set.of("WO", "PE", "PSR")),
          "APTA", new Agreement(Set.of("KR", "CN", "IN", "BD", "LK", "LA", "MN"), Set.of("A", "B", "C", "D")),
          "NON-PREF", new Agreement(ANY, Set.of("WO", "ST")));

  private static final Map<String, String> AGREEMENT_NAMES =
      Map.of(
          "KR-NZ-FTA", "Free Trade Agreement between the Republic of Korea and New Zealand",
          "KR-CN-FTA", "Free Trade Agreement between the Republic of Korea and the People's Republic of China",
          "CN-NZ-FTA", "Free Trade Agreement between New Zealand and the People's Republic of China",
          "RCEP", "Regional Comprehensive Economic Partnership",
          "ECFA", "Cross-Straits Economic Cooperation Framework Agreement",
          "ANZTEC", "Agreement between New Zealand and the Separate Customs Territory of Taiwan, Penghu, Kinmen, and Matsu on Economic Cooperation",
          "APTA", "Asia-Pacific Trade Agreement",
          "NON-PREF", "Non-preferential origin");

  /** The agreement's full name as printed on certificates; the code itself when unknown. */
  public String agreementName(String code) {
    return code == null ? null : AGREEMENT_NAMES.getOrDefault(code, code);
  }

  @Override
  public boolean isHsSubheading(String code) {
    if (code == null || !code.matches("\\d{6}")) {
      return false;
    }
    int chapter = Integer.parseInt(code.substring(0, 2));
    // Chapters 01–97 exist, except 77 (reserved for future use).
    return chapter >= 1 && chapter <= 97 && chapter != 77;
  }

  @Override
  public boolean isCountry(String alpha2) {
    return alpha2 != null && COUNTRIES.contains(alpha2);
  }

  @Override
  public boolean isLocation(String unlocode) {
    return unlocode != null && unlocode.matches("[A-Z]{2}[A-Z2-9]{3}") && isCountry(unlocode.substring(0, 2));
  }

  @Override
  public boolean isUnit(String code) {
    return code != null && UNITS.contains(code);
  }

  @Override
  public boolean isAgreement(String code, String exportCountry, String importCountry) {
    Agreement agreement = AGREEMENTS.get(code);
    if (agreement == null) {
      return false;
    }
    return agreement.parties().isEmpty()
        || (agreement.parties().contains(exportCountry) && agreement.parties().contains(importCountry));
  }

  @Override
  public boolean isCriterionAllowed(String agreementCode, String criterion) {
    Agreement agreement = AGREEMENTS.get(agreementCode);
    return agreement != null && agreement.criteria().contains(criterion);
  }
}
