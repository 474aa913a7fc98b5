/** Attached and shipping documents, sent only to those who may see the application or the import case. */
package org.ecoportal.interfaces.web.attachments;
