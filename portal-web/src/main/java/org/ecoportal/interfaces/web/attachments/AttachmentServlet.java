package org.ecoportal.interfaces.web.attachments;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.ecoportal.application.AttachmentFiles;
import org.ecoportal.application.AttachmentFiles.Download;
import org.ecoportal.application.NotFoundException;
import org.ecoportal.interfaces.web.support.Downloads;

/**
 * {@code /<tenant>/attachments/<id>}: sends an attached document to its exporter or to the chamber
 * deciding the application; anyone else gets "not found".
 */
@WebServlet(name = "AttachmentServlet", urlPatterns = {"/kr/attachments/*", "/tw/attachments/*", "/nz/attachments/*", "/cn/attachments/*"})
public class AttachmentServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private AttachmentFiles files;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Download download;
    try {
      String id = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
      download = files.download(UUID.fromString(id));
    } catch (IllegalArgumentException | NotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    } catch (jakarta.ejb.EJBAccessException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    Downloads.send(response, download);
  }
}
