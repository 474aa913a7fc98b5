package org.ecoportal.domain.model.application;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** What was typed cannot be saved or submitted as it is; each problem names its field. */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<FieldProblem> problems;

  public InvalidInputException(List<FieldProblem> problems) {
    super(problems.size() + " problem(s): " + problems);
    this.problems = List.copyOf(problems);
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
