/**
 * Clearance of imports against received certificates: the automatic match of an import declaration
 * with the e-CO it quotes, and the per-tenant, per-agreement configuration of that match.
 *
 * <p>{@link org.ecoportal.domain.model.clearance.DeclarationMatcher} applies these rules; each has
 * a stable code ({@link org.ecoportal.domain.model.clearance.MatchRule}), and each can be switched
 * off for a tenant or an agreement except the first:
 *
 * <ul>
 *   <li>{@code CERTIFICATE_EXISTS}: a certificate with the quoted number was received. Without it no
 *       other rule runs (the result lists them as not run).
 *   <li>{@code SIGNATURE_VALID}: the issuer's signature verified on arrival.
 *   <li>{@code NOT_REVOKED}, {@code NOT_REPLACED}: the issuer has not revoked it, nor replaced it
 *       (the difference names the replacement to quote).
 *   <li>{@code IMPORTER_MATCHES}: the importer's identifier is the consignee's.
 *   <li>{@code EXPORTER_MATCHES}: the exporter's identifier is the certificate's exporter's; when
 *       either side has no identifier, the names are compared instead.
 *   <li>{@code ISSUED_BEFORE_SHIPMENT}: issued on or before the shipment date (the declaration's,
 *       else the certificate's departure date).
 *   <li>{@code WITHIN_VALIDITY}: declared at the latest on the issue date plus the validity days.
 *   <li>{@code LINE_HS6}, {@code LINE_PAIRED}: each declared line claiming preference pairs with a
 *       certificate line of its own (one to one), of the same HS code at 6 digits, preferring the
 *       same unit and then the nearest quantity. Lines not claiming preference are not matched.
 *   <li>{@code LINE_QUANTITY}: the units agree (they are never converted) and the quantities agree
 *       within the quantity tolerance; when the agreement allows partial shipments, a declared
 *       quantity only may not exceed the certified one by more than the tolerance.
 *   <li>{@code LINE_WEIGHT}: the same for net weights in kilograms, with the weight tolerance.
 *   <li>{@code QUANTITY_NOT_EXHAUSTED}: what earlier cleared declarations took from a certificate
 *       line plus this declaration's quantity stays within the certified quantity and tolerance.
 *   <li>{@code INVOICE_MATCHES}: each paired certificate line's invoice is among the declared
 *       invoice references (compared without case, spaces and punctuation).
 * </ul>
 *
 * A tolerance is a percentage of the certified amount, an absolute amount, or both (the larger
 * allowance applies); a difference exactly at it is accepted.
 */
package org.ecoportal.domain.model.clearance;
