/** The exporter's goods registrations. */
package org.ecoportal.interfaces.web.exporter.goods;
