/** The tenant administrator's partner economies: where certificates go and whose signatures are trusted. */
package org.ecoportal.interfaces.web.admin.partners;
