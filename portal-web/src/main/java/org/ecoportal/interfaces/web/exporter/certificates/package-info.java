/** The exporter's issued certificates of origin. */
package org.ecoportal.interfaces.web.exporter.certificates;
