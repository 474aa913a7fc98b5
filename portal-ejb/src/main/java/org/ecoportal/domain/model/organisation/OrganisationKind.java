package org.ecoportal.domain.model.organisation;

/** What an organisation is to the single window. */
public enum OrganisationKind {
  /** A trading company: exports, imports, or both. */
  TRADER,
  /** A chamber of commerce or other issuing authority for certificates of origin. */
  CHAMBER,
  /** A licensed customs brokerage acting for importers. */
  BROKERAGE,
  /** The customs administration of the economy. */
  CUSTOMS,
  /** The operator running the single window for the tenant. */
  OPERATOR
}
