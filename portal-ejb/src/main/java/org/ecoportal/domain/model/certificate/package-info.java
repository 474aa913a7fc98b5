/** Certificates of origin: what they state, how they are numbered, issued, replaced and revoked. */
package org.ecoportal.domain.model.certificate;
