/** What every page knows of the signed-in user: tenant, language, name, organisation and menu. */
package org.ecoportal.interfaces.web.session;
