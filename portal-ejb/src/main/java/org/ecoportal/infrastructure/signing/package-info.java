/**
 * The issuing chamber's signature on certificate documents: enveloped XAdES-BES (baseline B) signing,
 * checking a signed document, and the chambers' signing keys in PKCS#12 keystores.
 */
package org.ecoportal.infrastructure.signing;
