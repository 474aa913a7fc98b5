/** The exporter's applications for certificates of origin: list and form. */
package org.ecoportal.interfaces.web.exporter.applications;
