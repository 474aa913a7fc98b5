/** The exporter's signatories: the people allowed to sign and submit its applications. */
package org.ecoportal.interfaces.web.exporter.signatories;
