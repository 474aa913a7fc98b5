/** Downloads of issued certificates' signed XML and PDF. */
package org.ecoportal.interfaces.web.certificates;
