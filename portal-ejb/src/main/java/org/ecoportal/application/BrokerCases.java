package org.ecoportal.application;

import java.util.List;
import java.util.UUID;
import org.ecoportal.application.AttachmentFiles.Download;
import org.ecoportal.application.ImportCases.Detail;
import org.ecoportal.application.ImportCases.Row;

/**
 * The customs broker's desk: the import cases importers assigned to the caller's brokerage, each
 * with its certificate and the importer's shipping documents. A case of another brokerage or tenant
 * is not found, whatever its id.
 */
public interface BrokerCases {

  /** The cases assigned to the caller's brokerage, most recently assigned first. */
  List<Row> assigned();

  /** How many cases are assigned to the caller's brokerage. */
  long countAssigned();

  Detail detail(UUID caseId);

  /** The certificate document exactly as it was received. */
  Download document(UUID caseId);

  /** The certificate as a readable PDF. */
  Download pdf(UUID caseId);

  /** One of the importer's shipping documents of the case. */
  Download documentFile(UUID caseId, UUID documentId);
}
