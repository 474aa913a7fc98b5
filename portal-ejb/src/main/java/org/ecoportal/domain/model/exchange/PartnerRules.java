package org.ecoportal.domain.model.exchange;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.ecoportal.domain.model.application.FieldProblem;

/**
 * What a partner economy must state before its certificates are sent to it, and what a certificate
 * trusted to sign its certificates of origin must be; each problem names its field.
 */
public final class PartnerRules {

  private static final Pattern PARTY_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@/-]{0,199}");

  /** The outcome: the problems, and the certificate when one was given and could be read. */
  public record Checked(List<FieldProblem> problems, Optional<PartnerCertificate> certificate) {}

  private PartnerRules() {}

  /**
   * Checks the partner as stated. {@code isCountry} knows the ISO 3166 codes; {@code ownCountry} is
   * the tenant's own economy, which is no partner of itself.
   */
  public static Checked check(PartnerData data, Predicate<String> isCountry, String ownCountry, Instant now) {
    List<FieldProblem> problems = new ArrayList<>();
    String country = normalCountry(data.country());
    if (country.isEmpty()) {
      problems.add(new FieldProblem("country", "application.error.required"));
    } else if (!isCountry.test(country)) {
      problems.add(new FieldProblem("country", "exchange.error.country"));
    } else if (country.equals(ownCountry)) {
      problems.add(new FieldProblem("country", "exchange.error.ownCountry"));
    }
    String name = trim(data.name());
    if (name.isEmpty()) {
      problems.add(new FieldProblem("name", "application.error.required"));
    } else if (name.length() > 200) {
      problems.add(new FieldProblem("name", "application.error.tooLong", "200"));
    }
    String endpoint = trim(data.endpointUrl());
    if (endpoint.isEmpty()) {
      problems.add(new FieldProblem("endpointUrl", "application.error.required"));
    } else if (!isEndpointUrl(endpoint)) {
      problems.add(new FieldProblem("endpointUrl", "exchange.error.endpointUrl"));
    }
    String partyId = trim(data.partyId());
    if (partyId.isEmpty()) {
      problems.add(new FieldProblem("partyId", "application.error.required"));
    } else if (!PARTY_ID.matcher(partyId).matches()) {
      problems.add(new FieldProblem("partyId", "exchange.error.partyId"));
    }
    if (data.documents().isEmpty()) {
      problems.add(new FieldProblem("documents", "exchange.error.documents"));
    }
    Optional<PartnerCertificate> certificate = Optional.empty();
    if (data.certificate() != null && data.certificate().length > 0) {
      certificate = readCertificate("certificate", data.certificate(), now, problems);
    }
    return new Checked(problems, certificate);
  }

  /**
   * Checks a certificate the administrator wants to trust to sign the partner's certificates of
   * origin ({@code content} as uploaded, PEM or DER): each problem is on {@code field}.
   */
  public static Checked checkIssuer(String field, byte[] content, Partner partner, Instant now) {
    List<FieldProblem> problems = new ArrayList<>();
    if (content == null || content.length == 0) {
      problems.add(new FieldProblem(field, "application.error.required"));
      return new Checked(problems, Optional.empty());
    }
    Optional<PartnerCertificate> certificate = readCertificate(field, content, now, problems);
    if (problems.isEmpty() && partner.trustsIssuer(certificate.orElseThrow())) {
      problems.add(new FieldProblem(field, "exchange.error.issuerTrusted", certificate.get().subject()));
    }
    return new Checked(problems, certificate);
  }

  /** The certificate in {@code content}, with a problem on {@code field} when it is none or not valid {@code now}. */
  private static Optional<PartnerCertificate> readCertificate(String field, byte[] content, Instant now, List<FieldProblem> problems) {
    Optional<PartnerCertificate> certificate = PartnerCertificate.parse(content);
    if (certificate.isEmpty()) {
      problems.add(new FieldProblem(field, "exchange.error.certificateUnreadable"));
    } else if (now.isAfter(certificate.get().notAfter())) {
      problems.add(new FieldProblem(field, "exchange.error.certificateExpired", day(certificate.get().notAfter())));
    } else if (now.isBefore(certificate.get().notBefore())) {
      problems.add(new FieldProblem(field, "exchange.error.certificateNotYetValid", day(certificate.get().notBefore())));
    }
    return certificate;
  }

  /**
   * An absolute http or https URL with a host and no user, password or fragment: the address a
   * partner's single window receives AS4 messages at.
   */
  public static boolean isEndpointUrl(String value) {
    if (value == null || value.length() > 500 || value.isBlank() || !value.equals(value.strip())) {
      return false;
    }
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https"))
          && uri.getHost() != null
          && !uri.getHost().isBlank()
          && uri.getRawUserInfo() == null
          && uri.getRawFragment() == null
          && uri.getPort() <= 65535;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  public static String normalCountry(String country) {
    return trim(country).toUpperCase(Locale.ROOT);
  }

  static String trim(String value) {
    return value == null ? "" : value.strip();
  }

  private static String day(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
  }
}
