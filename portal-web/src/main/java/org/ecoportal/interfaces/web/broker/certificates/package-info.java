/** Backing beans of the customs broker's desk: the import cases importers assigned to its brokerage, with their documents. */
package org.ecoportal.interfaces.web.broker.certificates;
