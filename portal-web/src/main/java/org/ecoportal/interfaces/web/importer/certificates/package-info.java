/** Backing beans of the importer's inbox: certificates partner economies delivered for its organisation, and accepting one. */
package org.ecoportal.interfaces.web.importer.certificates;
