package org.ecoportal.interfaces.web.attachments;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.ecoportal.application.AttachmentFiles.Download;
import org.ecoportal.application.BrokerCases;
import org.ecoportal.application.ImportCases;
import org.ecoportal.application.NotFoundException;
import org.ecoportal.domain.model.identity.Role;
import org.ecoportal.interfaces.web.support.Downloads;

/**
 * {@code /<tenant>/shipping-documents/<caseId>/<documentId>}: sends a shipping document of an
 * import case to its importer or to the broker the importer named; anyone else gets "not found".
 */
@WebServlet(
    name = "ShippingDocumentServlet",
    urlPatterns = {"/kr/shipping-documents/*", "/tw/shipping-documents/*", "/nz/shipping-documents/*", "/cn/shipping-documents/*"})
public class ShippingDocumentServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private ImportCases importCases;
  @EJB private BrokerCases brokerCases;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Download download;
    try {
      String[] ids = (request.getPathInfo() == null ? "" : request.getPathInfo().substring(1)).split("/");
      if (ids.length != 2) {
        throw new IllegalArgumentException("case and document expected");
      }
      UUID caseId = UUID.fromString(ids[0]);
      UUID documentId = UUID.fromString(ids[1]);
      download = request.isUserInRole(Role.Names.IMPORTER)
          ? importCases.documentFile(caseId, documentId)
          : brokerCases.documentFile(caseId, documentId);
    } catch (IllegalArgumentException | NotFoundException | EJBAccessException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Downloads.send(response, download);
  }
}
