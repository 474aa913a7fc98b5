/** Small helpers shared by backing beans: texts and messages. */
package org.ecoportal.interfaces.web.support;
