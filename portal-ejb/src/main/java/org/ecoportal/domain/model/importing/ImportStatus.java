package org.ecoportal.domain.model.importing;

/** How far the importing side got with a received certificate. */
public enum ImportStatus {
  /** No importer organisation of the tenant has the consignee's identifier: the administrator assigns one. */
  UNASSIGNED,
  /** The importer was told and has not accepted it yet. */
  NEW,
  /** The importer accepted it. */
  ACCEPTED
}
