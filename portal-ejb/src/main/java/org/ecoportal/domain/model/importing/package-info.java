/**
 * The importing economy's work on a certificate that arrived from a partner: the import case, who
 * it is for (the importer organisation), how far the importer got, the customs broker it named, the
 * shipping documents it handed over, and what became of the certificate.
 */
package org.ecoportal.domain.model.importing;
