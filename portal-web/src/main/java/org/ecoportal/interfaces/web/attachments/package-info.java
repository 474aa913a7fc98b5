/** Attached documents, sent only to those who may see the application. */
package org.ecoportal.interfaces.web.attachments;
