package org.ecoportal.infrastructure.reference;

import java.util.List;

/**
 * A trade agreement a certificate may be issued under: the countries it binds (none for
 * non-preferential origin, which holds between any two countries) and the origin criteria its
 * certificates may state.
 */
public record AgreementInfo(String code, String name, List<String> parties, List<String> criteria) {

  public AgreementInfo {
    parties = List.copyOf(parties);
    criteria = List.copyOf(criteria);
  }

  /** Whether goods exported from one country to the other may claim origin under this agreement. */
  public boolean binds(String exportCountry, String importCountry) {
    return parties.isEmpty() || (parties.contains(exportCountry) && parties.contains(importCountry));
  }
}
