/**
 * The printable certificate of origin: an A4 PDF with every stated field and a QR code that
 * leads anyone holding the paper to the portal's public verification page.
 */
package org.ecoportal.infrastructure.pdf;
