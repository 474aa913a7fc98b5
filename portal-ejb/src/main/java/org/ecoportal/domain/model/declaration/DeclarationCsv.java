package org.ecoportal.domain.model.declaration;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecoportal.domain.model.application.FieldProblem;

/**
 * Reads a file of export declarations that customs keeps: UTF-8 text, comma-separated, a header row
 * naming the columns, then one row per goods line; rows with the same declaration number form one
 * declaration. Problems name the row as spreadsheets count it (the header is row 1) and the column,
 * e.g. {@code rows[3].hsCode} with the row number as argument; problems of the whole file name
 * {@code file}.
 */
public final class DeclarationCsv {

  public static final int MAX_BYTES = 2 * 1024 * 1024;
  static final int MAX_ROWS = 20_000;

  /** The columns of a declaration, repeated on each of its rows. */
  static final List<String> DECLARATION_COLUMNS =
      List.of("declarationNumber", "clearanceReference", "declaredOn", "exporterIdentifier", "exporterName", "consigneeName", "consigneeCountry");

  static final List<String> LINE_COLUMNS = List.of("lineNumber", "hsCode", "description", "quantity", "unitCode", "netWeightKg");

  private static final Set<String> OPTIONAL = Set.of("clearanceReference", "lineNumber");
  private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d+)\\]\\.(.+)");

  /** The header row of a file the portal reads, for people preparing one. */
  public static final String HEADER = String.join(",", DECLARATION_COLUMNS) + "," + String.join(",", LINE_COLUMNS);

  private DeclarationCsv() {}

  /** One declaration of the file and the rows it came from: its first row, and the row of each goods line. */
  public record Entry(DeclarationData data, int firstRow, List<Integer> lineRows) {

    /** The problem moved to the row and column of the file it stands for. */
    FieldProblem onRow(FieldProblem problem) {
      Matcher line = LINE_FIELD.matcher(problem.field());
      if (line.matches()) {
        return cell(lineRows.get(Integer.parseInt(line.group(1))), line.group(2), problem.messageKey());
      }
      String column = problem.field().equals("lines") ? "hsCode" : problem.field();
      return cell(firstRow, column, problem.messageKey());
    }
  }

  /** What was read: the declarations and the problems of reading them (a file-level problem leaves no declarations). */
  public record Parsed(List<Entry> declarations, List<FieldProblem> readingProblems) {

    /**
     * Every problem of the file: those of reading it, then those {@code rules} find in each
     * declaration, on its row and column; a cell already reported is not reported twice.
     */
    public List<FieldProblem> problems(Function<DeclarationData, List<FieldProblem>> rules) {
      List<FieldProblem> all = new ArrayList<>(readingProblems);
      Set<String> reported = new HashSet<>();
      readingProblems.forEach(p -> reported.add(p.field()));
      for (Entry entry : declarations) {
        for (FieldProblem problem : rules.apply(entry.data())) {
          FieldProblem located = entry.onRow(problem);
          if (reported.add(located.field())) {
            all.add(located);
          }
        }
      }
      return all;
    }
  }

  public static Parsed read(byte[] content) {
    if (content == null || content.length == 0) {
      return fileProblem("declaration.import.empty", null);
    }
    if (content.length > MAX_BYTES) {
      return fileProblem("declaration.import.tooLarge", "2 MB");
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content))
          .toString();
    } catch (CharacterCodingException e) {
      return fileProblem("declaration.import.notText", null);
    }
    if (text.indexOf('\0') >= 0) {
      return fileProblem("declaration.import.notText", null);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<List<String>> records = records(text);
    if (records.size() > MAX_ROWS + 1) {
      return fileProblem("declaration.import.tooManyRows", Integer.toString(MAX_ROWS));
    }
    if (records.isEmpty() || records.get(0).stream().allMatch(String::isBlank)) {
      return fileProblem("declaration.import.empty", null);
    }
    return parse(records);
  }

  private static Parsed parse(List<List<String>> records) {
    List<FieldProblem> problems = new ArrayList<>();
    Map<String, Integer> columns = new LinkedHashMap<>();
    List<String> header = records.get(0);
    Map<String, String> known = new LinkedHashMap<>();
    DECLARATION_COLUMNS.forEach(c -> known.put(c.toLowerCase(Locale.ROOT), c));
    LINE_COLUMNS.forEach(c -> known.put(c.toLowerCase(Locale.ROOT), c));
    for (int i = 0; i < header.size(); i++) {
      String name = known.get(header.get(i).trim().toLowerCase(Locale.ROOT));
      if (name == null || columns.containsKey(name)) {
        problems.add(new FieldProblem("file", "declaration.import.unknownColumn", header.get(i).trim()));
      } else {
        columns.put(name, i);
      }
    }
    known.values().stream()
        .filter(c -> !OPTIONAL.contains(c) && !columns.containsKey(c))
        .forEach(c -> problems.add(new FieldProblem("file", "declaration.import.missingColumn", c)));
    if (!problems.isEmpty()) {
      return new Parsed(List.of(), problems);
    }
    Map<String, List<Row>> byNumber = new LinkedHashMap<>();
    for (int r = 1; r < records.size(); r++) {
      List<String> values = records.get(r);
      int rowNumber = r + 1;
      if (values.stream().allMatch(String::isBlank)) {
        continue;
      }
      if (values.size() > header.size()) {
        problems.add(cell(rowNumber, null, "declaration.import.columns"));
        continue;
      }
      Row row = new Row(rowNumber, values, columns, problems);
      String number = row.upper("declarationNumber");
      byNumber.computeIfAbsent(number == null ? "\0" + rowNumber : number, n -> new ArrayList<>()).add(row);
    }
    if (byNumber.isEmpty() && problems.isEmpty()) {
      return fileProblem("declaration.import.empty", null);
    }
    List<Entry> entries = new ArrayList<>();
    byNumber.values().forEach(rows -> entries.add(entry(rows, problems)));
    return new Parsed(entries, problems);
  }

  private static Entry entry(List<Row> rows, List<FieldProblem> problems) {
    Row first = rows.get(0);
    for (Row other : rows.subList(1, rows.size())) {
      for (String column : DECLARATION_COLUMNS) {
        if (!java.util.Objects.equals(first.folded(column), other.folded(column))) {
          problems.add(cell(other.number, column, "declaration.import.inconsistent"));
        }
      }
    }
    DeclarationData data =
        new DeclarationData(
            first.text("declarationNumber"), first.text("clearanceReference"), first.date("declaredOn"), first.text("exporterIdentifier"),
            first.text("exporterName"), first.text("consigneeName"), first.text("consigneeCountry"),
            rows.stream().map(Row::line).toList());
    return new Entry(data.normalised(), first.number, rows.stream().map(r -> r.number).toList());
  }

  /** One data row: its values by column, read once; values that cannot be read are reported and left out. */
  private static final class Row {
    private final int number;
    private final List<String> values;
    private final Map<String, Integer> columns;
    private final List<FieldProblem> problems;

    Row(int number, List<String> values, Map<String, Integer> columns, List<FieldProblem> problems) {
      this.number = number;
      this.values = values;
      this.columns = columns;
      this.problems = problems;
    }

    String text(String column) {
      Integer at = columns.get(column);
      if (at == null || at >= values.size() || values.get(at).isBlank()) {
        return null;
      }
      return values.get(at).trim();
    }

    /** The value as rows of one declaration must agree on it: case and spacing aside. */
    String folded(String column) {
      String value = text(column);
      return value == null ? null : value.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    String upper(String column) {
      String value = text(column);
      return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    LocalDate date(String column) {
      return parsed(column, LocalDate::parse, "declaration.import.date");
    }

    DeclarationLine line() {
      return new DeclarationLine(
          parsed("lineNumber", Integer::valueOf, "declaration.import.integer"), text("hsCode"), text("description"),
          parsed("quantity", BigDecimal::new, "declaration.import.decimal"), text("unitCode"),
          parsed("netWeightKg", BigDecimal::new, "declaration.import.decimal"));
    }

    private <T> T parsed(String column, Function<String, T> parser, String key) {
      String value = text(column);
      if (value == null) {
        return null;
      }
      try {
        return parser.apply(value);
      } catch (NumberFormatException | DateTimeParseException e) {
        problems.add(cell(number, column, key));
        return null;
      }
    }
  }

  private static FieldProblem cell(int row, String column, String key) {
    return new FieldProblem("rows[" + row + "]" + (column == null ? "" : "." + column), key, Integer.toString(row));
  }

  private static Parsed fileProblem(String key, String argument) {
    return new Parsed(List.of(), List.of(new FieldProblem("file", key, argument)));
  }

  /** The records of comma-separated text; quoted values may hold commas, quotes ("") and line breaks. */
  static List<List<String>> records(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder value = new StringBuilder();
    boolean quoted = false;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i++);
      if (quoted) {
        if (c == '"' && i < text.length() && text.charAt(i) == '"') {
          value.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          value.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        record.add(value.toString());
        value.setLength(0);
      } else if (c == '\r' || c == '\n') {
        if (c == '\r' && i < text.length() && text.charAt(i) == '\n') {
          i++;
        }
        record.add(value.toString());
        value.setLength(0);
        records.add(record);
        record = new ArrayList<>();
      } else {
        value.append(c);
      }
    }
    if (value.length() > 0 || !record.isEmpty()) {
      record.add(value.toString());
      records.add(record);
    }
    return records;
  }
}
