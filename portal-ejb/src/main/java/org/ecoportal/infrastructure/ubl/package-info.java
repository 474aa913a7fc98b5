/**
 * The issued certificate as a UBL 2.1 {@code CertificateOfOrigin} document: written from the
 * certificate's content, checked against the official schema, and read back for verification.
 */
package org.ecoportal.infrastructure.ubl;
