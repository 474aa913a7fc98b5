/** The tenant administrator's rules for matching import declarations against received certificates. */
package org.ecoportal.interfaces.web.admin.matching;
