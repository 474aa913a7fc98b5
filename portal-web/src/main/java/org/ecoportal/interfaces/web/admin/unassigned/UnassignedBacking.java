package org.ecoportal.interfaces.web.admin.unassigned;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ecoportal.application.ImportCases.Assignment;
import org.ecoportal.application.ImportCases.Assignment.Importer;
import org.ecoportal.application.ImportCases.Row;
import org.ecoportal.domain.model.application.WorkflowException;
import org.ecoportal.interfaces.web.support.Messages;

/**
 * Backs {@code /tenant-admin/unassigned.xhtml}: received certificates whose consignee is no trading
 * company of the tenant, each assigned to the importer the administrator chooses.
 */
@Named("unassigned")
@ViewScoped
public class UnassignedBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Assignment assignment;

  private List<Row> rows;
  private List<Importer> importers;
  /** The importer chosen per case id. */
  private final Map<UUID, UUID> chosen = new HashMap<>();

  public List<Row> getRows() {
    if (rows == null) {
      rows = assignment.unassigned();
    }
    return rows;
  }

  public List<Importer> getImporters() {
    if (importers == null) {
      importers = assignment.importers();
    }
    return importers;
  }

  public Map<UUID, UUID> getChosen() {
    return chosen;
  }

  public void assign(Row row) {
    UUID importer = chosen.get(row.id());
    if (importer == null) {
      Messages.error("importCase.error.chooseImporter");
      return;
    }
    try {
      Row assigned = assignment.assign(row.id(), row.version(), importer);
      Messages.info("importCase.assigned", assigned.certificateNumber(), assigned.importerName());
    } catch (WorkflowException e) {
      Messages.error(e.messageKey(), e.argument());
    }
    rows = null;
    chosen.remove(row.id());
  }
}
