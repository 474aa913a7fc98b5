package org.ecoportal.interfaces.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ecoportal.infrastructure.reference.AgreementInfo;
import org.ecoportal.infrastructure.reference.Country;
import org.ecoportal.infrastructure.reference.HsSubheading;
import org.ecoportal.infrastructure.reference.Location;
import org.ecoportal.infrastructure.reference.ReferenceLookups;
import org.ecoportal.infrastructure.reference.Unit;

/**
 * The pick lists of the forms, from the reference data the portal ships: ports and airports of the
 * demo economies, countries in the reader's language, the units certificates commonly state, the
 * trade agreements, and HS subheadings found by code or words. Fields still take typed codes; the
 * server checks every code against the full lists.
 */
@Named("reference")
@ApplicationScoped
public class ReferenceLists {

  /** Units of quantity that certificates of origin commonly state; any other Rec. 20 code may be typed. */
  private static final List<String> COMMON_UNITS =
      List.of("KGM", "TNE", "GRM", "LTR", "MTQ", "MTR", "MTK", "H87", "C62", "NAR", "PR", "DZN", "SET", "KMT", "MLT", "HLT", "CMT", "MMT", "KWH");

  private static final int SUGGESTIONS = 15;

  @Inject private ReferenceLookups lookups;

  private volatile List<Location> ports;

  /** Seaports and airports of every economy whose locations are shipped, by code. */
  public List<Location> getPorts() {
    List<Location> list = ports;
    if (list == null) {
      List<Location> all = new ArrayList<>();
      for (String country : new java.util.TreeSet<>(ReferenceLookups.LISTED_LOCATION_COUNTRIES)) {
        all.addAll(lookups.ports(country));
      }
      list = List.copyOf(all);
      ports = list;
    }
    return list;
  }

  public List<Country> countries(Locale language) {
    return lookups.countries(language == null ? Locale.ENGLISH : language);
  }

  public List<Unit> getCommonUnits() {
    return COMMON_UNITS.stream().map(lookups::unit).flatMap(java.util.Optional::stream).toList();
  }

  public List<AgreementInfo> getAgreements() {
    return lookups.agreements();
  }

  /** HS subheadings for a code prefix or for words of their description, as "080810". */
  public List<String> completeHs(String query) {
    return lookups.searchHs(query, SUGGESTIONS).stream().map(HsSubheading::code).toList();
  }

  /** "080810 · Fruit, edible; apples, fresh". */
  public String hsLabel(String code) {
    return code == null ? "" : lookups.hsDescription(code).map(d -> code + " · " + d).orElse(code);
  }

  /** The description of an HS subheading, empty when the code is not one. */
  public String hsDescription(String code) {
    return code == null ? "" : lookups.hsDescription(code).orElse("");
  }
}
