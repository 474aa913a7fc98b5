package org.ecoportal.interfaces.web.broker.declarations;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.ecoportal.application.ImportDeclarations;
import org.ecoportal.application.ImportDeclarations.Summary;

/** Backs {@code /broker/declarations.xhtml}: the brokerage's declarations with their status and match outcome, newest first. */
@Named("importDeclarations")
@RequestScoped
public class ImportDeclarationsBacking {

  @EJB private ImportDeclarations declarations;

  private List<Summary> rows;

  public List<Summary> getRows() {
    if (rows == null) {
      rows = declarations.mine();
    }
    return rows;
  }
}
