package org.ecoportal.interfaces.web.customs.declarations;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.ecoportal.application.DeclarationView;
import org.ecoportal.application.ExportDeclarations;
import org.ecoportal.domain.model.application.FieldProblem;
import org.ecoportal.domain.model.application.InvalidInputException;
import org.ecoportal.domain.model.declaration.DeclarationCsv;
import org.ecoportal.interfaces.web.support.Messages;
import org.primefaces.model.file.UploadedFile;

/**
 * Backs {@code /customs-officer/declarations.xhtml}: the tenant's export declarations, filtered,
 * newest first, and the import of a CSV file with its problems row by row.
 */
@Named("declarations")
@ViewScoped
public class DeclarationsBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int LIMIT = 200;

  /** A problem of the imported file: the row (blank for the whole file), the column, and what is wrong. */
  public record FileProblem(String row, String column, String text) implements Serializable {

    static FileProblem of(FieldProblem problem) {
      String field = problem.field();
      if (!field.startsWith("rows[")) {
        return new FileProblem("", "", Messages.text(problem.messageKey(), argument(problem)));
      }
      int close = field.indexOf(']');
      String column = close + 1 < field.length() ? field.substring(close + 2) : "";
      return new FileProblem(field.substring(5, close), column, Messages.text(problem.messageKey(), argument(problem)));
    }

    private static String argument(FieldProblem problem) {
      return problem.argument() == null ? "" : problem.argument();
    }
  }

  @EJB private ExportDeclarations declarations;

  private String number;
  private String exporter;
  private LocalDate from;
  private LocalDate to;
  private List<DeclarationView> rows;
  private transient UploadedFile file;
  private List<FileProblem> fileProblems = List.of();

  @PostConstruct
  void init() {
    search();
  }

  public void search() {
    rows = declarations.search(number, exporter, from, to, LIMIT);
  }

  public void upload() {
    fileProblems = List.of();
    if (file == null || file.getSize() == 0) {
      fileProblems = List.of(FileProblem.of(new FieldProblem("file", "declaration.import.empty")));
      Messages.error("declarations.import.problems");
      return;
    }
    try {
      List<DeclarationView> imported = declarations.importFile(file.getFileName(), file.getContent());
      Messages.info("declarations.import.done", imported.size());
      search();
    } catch (InvalidInputException e) {
      fileProblems = e.problems().stream().map(FileProblem::of).toList();
      Messages.error("declarations.import.problems");
    }
  }

  /** The header row an import file starts with. */
  public String getHeader() {
    return DeclarationCsv.HEADER;
  }

  public List<DeclarationView> getRows() {
    return rows;
  }

  public List<FileProblem> getFileProblems() {
    return fileProblems;
  }

  public String getNumber() { return number; }
  public void setNumber(String v) { number = v; }
  public String getExporter() { return exporter; }
  public void setExporter(String v) { exporter = v; }
  public LocalDate getFrom() { return from; }
  public void setFrom(LocalDate v) { from = v; }
  public LocalDate getTo() { return to; }
  public void setTo(LocalDate v) { to = v; }
  public UploadedFile getFile() { return file; }
  public void setFile(UploadedFile v) { file = v; }
}
