/** Applications for certificates of origin: what the exporter states and how the chamber decides. */
package org.ecoportal.domain.model.application;
