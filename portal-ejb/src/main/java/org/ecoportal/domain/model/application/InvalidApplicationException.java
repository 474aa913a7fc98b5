package org.ecoportal.domain.model.application;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** The application cannot be saved or submitted as it is; each problem names its field. */
@ApplicationException(rollback = true)
public class InvalidApplicationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<FieldProblem> problems;

  public InvalidApplicationException(List<FieldProblem> problems) {
    super(problems.size() + " problem(s): " + problems);
    this.problems = List.copyOf(problems);
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
