package org.ecoportal.infrastructure.reference;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.ecoportal.domain.model.application.ApplicationRules;

/**
 * The reference data applications are checked against and pick lists offer: countries from the
 * JDK's ISO 3166 list, and the files under {@code reference/} on the class path – HS subheadings,
 * UN/LOCODE locations of the demo economies, UN/ECE Rec. 20 units and the trade agreements of the
 * portal's lanes (their sources are in {@code reference/SOURCES.md}). Each file is read once, on
 * first use; a missing or malformed file fails that use with the file's name.
 */
@ApplicationScoped
public class ReferenceLookups implements ApplicationRules.Lookups {

  private static final Logger LOG = Logger.getLogger(ReferenceLookups.class.getName());

  /** The economies whose UN/LOCODE locations the portal ships; elsewhere only the form is checked. */
  public static final Set<String> LISTED_LOCATION_COUNTRIES = Set.of("KR", "TW", "NZ", "CN");

  private static final String FOLDER = "reference/";
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  private static final Pattern LOCODE = Pattern.compile("[A-Z]{2}[A-Z2-9]{3}");
  private static final Pattern DIGITS = Pattern.compile("\\d{1,6}");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private final String folder;
  private final Supplier<Map<String, HsSubheading>> hs;
  private final Supplier<Map<String, Location>> locations;
  private final Supplier<Map<String, Unit>> units;
  private final Supplier<Map<String, AgreementInfo>> agreements;

  public ReferenceLookups() {
    this(FOLDER);
  }

  /** Reads the files from another class-path folder; for tests of missing or malformed files. */
  ReferenceLookups(String folder) {
    this.folder = folder;
    hs = once(() -> index(read("hs-subheadings.tsv", 2, c -> new HsSubheading(c[0], c[1])), HsSubheading::code));
    locations = once(() -> index(read("unlocode-locations.tsv", 4, c -> new Location(c[0], c[1], c[2], c[3])), Location::code));
    units = once(() -> index(read("unece-rec20-units.tsv", 3, c -> new Unit(c[0], c[1], c[2])), Unit::code));
    agreements = once(() -> index(read("trade-agreements.tsv", 4, ReferenceLookups::agreement), AgreementInfo::code));
  }

  // ---- The checks applications are held to

  /** The agreement's full name as printed on certificates; the code itself when unknown. */
  public String agreementName(String code) {
    return code == null ? null : agreement(code).map(AgreementInfo::name).orElse(code);
  }

  @Override
  public boolean isHsSubheading(String code) {
    return code != null && hs.get().containsKey(code);
  }

  @Override
  public boolean isCountry(String alpha2) {
    return alpha2 != null && COUNTRIES.contains(alpha2);
  }

  /**
   * A location of a demo economy must be listed in UN/LOCODE; one of another country, whose
   * locations the portal does not ship, needs only the UN/LOCODE form and a real country.
   */
  @Override
  public boolean isLocation(String unlocode) {
    if (unlocode == null || !LOCODE.matcher(unlocode).matches() || !isCountry(unlocode.substring(0, 2))) {
      return false;
    }
    return !LISTED_LOCATION_COUNTRIES.contains(unlocode.substring(0, 2)) || locations.get().containsKey(unlocode);
  }

  @Override
  public boolean isUnit(String code) {
    return code != null && units.get().containsKey(code);
  }

  @Override
  public boolean isAgreement(String code, String exportCountry, String importCountry) {
    AgreementInfo agreement = code == null ? null : agreements.get().get(code);
    return agreement != null && agreement.binds(exportCountry, importCountry);
  }

  @Override
  public boolean isCriterionAllowed(String agreementCode, String criterion) {
    AgreementInfo agreement = agreementCode == null ? null : agreements.get().get(agreementCode);
    return agreement != null && agreement.criteria().contains(criterion);
  }

  // ---- HS nomenclature

  public Optional<HsSubheading> hsSubheading(String code) {
    return Optional.ofNullable(code == null ? null : hs.get().get(code));
  }

  /** The English description of a subheading; empty while the nomenclature file carries none for it. */
  public Optional<String> hsDescription(String code) {
    return hsSubheading(code).map(HsSubheading::description).filter(d -> !d.isBlank());
  }

  /**
   * Subheadings for a pick list, in code order: by code prefix when the query is digits (dots and
   * spaces ignored, so "0808.10" works), otherwise those whose description contains every word of
   * the query, regardless of case.
   */
  public List<HsSubheading> searchHs(String query, int limit) {
    String q = query == null ? "" : query.strip();
    String digits = q.replaceAll("[.\\s]", "");
    if (DIGITS.matcher(digits).matches()) {
      return first(hs.get().values(), s -> s.code().startsWith(digits), limit);
    }
    List<String> words = words(q);
    if (words.isEmpty()) {
      return List.of();
    }
    return first(hs.get().values(), s -> containsAll(fold(s.description()), words), limit);
  }

  // ---- Countries

  /** All ISO 3166-1 alpha-2 countries, named and sorted in the given language. */
  public List<Country> countries(Locale language) {
    Collator collator = Collator.getInstance(language);
    return COUNTRIES.stream()
        .map(code -> new Country(code, countryName(code, language)))
        .sorted(Comparator.comparing(Country::name, collator))
        .toList();
  }

  public String countryName(String alpha2, Locale language) {
    return new Locale("", alpha2).getDisplayCountry(language);
  }

  // ---- UN/LOCODE locations

  public Optional<Location> location(String unlocode) {
    return Optional.ofNullable(unlocode == null ? null : locations.get().get(unlocode));
  }

  /** The listed locations of a country in code order; empty for a country whose locations are not shipped. */
  public List<Location> locations(String country) {
    return first(locations.get().values(), l -> l.country().equals(country), Integer.MAX_VALUE);
  }

  /** The listed seaports and airports of a country, for a port of loading or discharge. */
  public List<Location> ports(String country) {
    return first(locations.get().values(), l -> l.country().equals(country) && (l.isPort() || l.isAirport()), Integer.MAX_VALUE);
  }

  /**
   * Listed locations for a pick list: those whose code starts with the query (spaces ignored, so
   * "KR PUS" works) first, then those whose name contains every word of it (case and accents
   * ignored).
   */
  public List<Location> searchLocations(String query, int limit) {
    String q = query == null ? "" : query.strip();
    if (q.isEmpty() || limit <= 0) {
      return List.of();
    }
    String code = q.replace(" ", "").toUpperCase(Locale.ROOT);
    List<Location> found = new ArrayList<>(first(locations.get().values(), l -> l.code().startsWith(code), limit));
    List<String> words = words(q);
    if (found.size() < limit && !words.isEmpty()) {
      for (Location l : first(locations.get().values(), l -> !l.code().startsWith(code) && containsAll(fold(l.name()), words), limit - found.size())) {
        found.add(l);
      }
    }
    return List.copyOf(found);
  }

  // ---- Units

  /** All current UN/ECE Rec. 20 units in the order of the Recommendation. */
  public List<Unit> units() {
    return List.copyOf(units.get().values());
  }

  public Optional<Unit> unit(String code) {
    return Optional.ofNullable(code == null ? null : units.get().get(code));
  }

  // ---- Trade agreements

  /** All agreements the portal knows, in the order of the agreements file. */
  public List<AgreementInfo> agreements() {
    return List.copyOf(agreements.get().values());
  }

  public Optional<AgreementInfo> agreement(String code) {
    return Optional.ofNullable(code == null ? null : agreements.get().get(code));
  }

  /** The agreements goods may claim origin under between two countries, non-preferential origin included. */
  public List<AgreementInfo> agreementsBetween(String exportCountry, String importCountry) {
    return agreements.get().values().stream().filter(a -> a.binds(exportCountry, importCountry)).toList();
  }

  // ---- Reading the files

  private static AgreementInfo agreement(String[] columns) {
    List<String> parties = columns[2].equals("*") ? List.of() : Arrays.asList(columns[2].split(" "));
    return new AgreementInfo(columns[0], columns[1], parties, Arrays.asList(columns[3].split(" ")));
  }

  /**
   * Reads a tab-separated file of the folder: lines starting with "#" are comments, the first other
   * line names the columns, every following line has at least the given number of columns.
   */
  private <T> List<T> read(String file, int columns, Function<String[], T> row) {
    String path = folder + file;
    InputStream in = ReferenceLookups.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("Reference data file " + path + " is missing from the class path");
    }
    List<T> rows = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      boolean header = true;
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] values = line.split("\t", -1);
        if (values.length < columns) {
          throw new IllegalStateException("Reference data file " + path + ", line " + number + ": " + columns + " columns expected, found " + values.length);
        }
        rows.add(row.apply(values));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Reference data file " + path + " cannot be read", e);
    }
    if (rows.isEmpty()) {
      throw new IllegalStateException("Reference data file " + path + " has no rows");
    }
    LOG.fine(() -> "Read " + rows.size() + " rows of " + path);
    return rows;
  }

  /** The rows by their key, in file order (the files are kept sorted as pick lists show them). */
  private static <T> Map<String, T> index(List<T> rows, Function<T, String> key) {
    Map<String, T> map = new LinkedHashMap<>();
    rows.forEach(r -> map.putIfAbsent(key.apply(r), r));
    return Collections.unmodifiableMap(map);
  }

  private static <T> List<T> first(Iterable<T> all, Predicate<T> matching, int limit) {
    List<T> found = new ArrayList<>();
    for (T t : all) {
      if (found.size() >= limit) {
        break;
      }
      if (matching.test(t)) {
        found.add(t);
      }
    }
    return List.copyOf(found);
  }

  private static List<String> words(String query) {
    return Arrays.stream(fold(query).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
  }

  private static boolean containsAll(String text, List<String> words) {
    return words.stream().allMatch(text::contains);
  }

  /** Lower case without accents, so that "mate" finds "Maté". */
  private static String fold(String text) {
    return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
  }

  /** A value computed on first use and kept; reference files are read once per bean. */
  private static <T> Supplier<T> once(Supplier<T> compute) {
    return new Supplier<>() {
      private volatile T value;

      @Override
      public T get() {
        T v = value;
        if (v == null) {
          synchronized (this) {
            v = value;
            if (v == null) {
              v = compute.get();
              value = v;
            }
          }
        }
        return v;
      }
    };
  }
}
