/** What the importing economy made of a certificate of this tenant, shown by the include {@code certificate-usage.xhtml}. */
package org.ecoportal.interfaces.web.certificates.usage;
