/**
 * Export declarations as customs cleared them: recorded by customs officers, one by one or from a
 * file, and compared by chambers with the certificate applications that quote them.
 */
package org.ecoportal.domain.model.declaration;
