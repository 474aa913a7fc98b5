package org.ecoportal.domain.model.tenant;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * An economy served by the portal. Each tenant has its own Keycloak realm (named after {@link #code()}),
 * its own login theme and branding, and its own default language; its data is never visible to another.
 */
public enum Tenant {
  KR("kr", "KR", Locale.forLanguageTag("ko"), "Asia/Seoul"),
  TW("tw", "TW", Locale.forLanguageTag("zh-TW"), "Asia/Taipei"),
  NZ("nz", "NZ", Locale.ENGLISH, "Pacific/Auckland"),
  CN("cn", "CN", Locale.forLanguageTag("zh-CN"), "Asia/Shanghai");

  private final String code;
  private final String country;
  private final Locale defaultLocale;
  private final ZoneId zone;

  Tenant(String code, String country, Locale defaultLocale, String zone) {
    this.code = code;
    this.country = country;
    this.defaultLocale = defaultLocale;
    this.zone = ZoneId.of(zone);
  }

  /** The economy's time zone: the calendar day of its certificates and deadlines. */
  public ZoneId zone() {
    return zone;
  }

  /** The tenant's path segment and Keycloak realm name, e.g. {@code kr}. */
  public String code() {
    return code;
  }

  /** ISO 3166-1 alpha-2 code of the economy. */
  public String country() {
    return country;
  }

  public Locale defaultLocale() {
    return defaultLocale;
  }

  public static Optional<Tenant> fromCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
  }

  /**
   * The tenant whose realm issued a token, from the issuer URL ({@code …/realms/<code>}). Only an issuer
   * whose last path segments are exactly {@code realms/<code>} matches.
   */
  public static Optional<Tenant> fromIssuer(String issuer) {
    if (issuer == null) {
      return Optional.empty();
    }
    String trimmed = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
    int slash = trimmed.lastIndexOf('/');
    if (slash < 0 || !trimmed.substring(0, slash).endsWith("/realms")) {
      return Optional.empty();
    }
    return fromCode(trimmed.substring(slash + 1));
  }
}
