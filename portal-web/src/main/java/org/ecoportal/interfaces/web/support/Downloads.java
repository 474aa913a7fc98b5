package org.ecoportal.interfaces.web.support;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.ecoportal.application.AttachmentFiles.Download;

/** Sends a document to the browser as a download, never to be sniffed into another type. */
public final class Downloads {

  private Downloads() {}

  public static void send(HttpServletResponse response, Download download) throws IOException {
    response.setContentType(download.contentType());
    response.setContentLength(download.content().length);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Disposition",
        "attachment; filename*=UTF-8''" + URLEncoder.encode(download.filename(), StandardCharsets.UTF_8).replace("+", "%20"));
    response.getOutputStream().write(download.content());
  }
}
