package org.ecoportal.infrastructure.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.ecoportal.domain.model.organisation.Membership;
import org.ecoportal.domain.model.tenant.Tenant;

/**
 * One notice to one member of an organisation, in the language the member last read the portal
 * in, else the tenant's: texts from a bundle of this package, formatted for that language.
 */
final class MemberMail {

  private final Membership member;
  private final Locale language;
  private final ResourceBundle texts;

  MemberMail(String bundle, Membership member, Tenant tenant) {
    this.member = member;
    this.language = member.language().orElse(tenant.defaultLocale());
    this.texts =
        ResourceBundle.getBundle(bundle, language, MemberMail.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The address of a page of the tenant's portal, {@code path} from the tenant's root. */
  static String link(Tenant tenant, String path) {
    return System.getProperty("portal.url", "http://localhost:8080").replaceAll("/+$", "") + "/" + tenant.code() + "/" + path;
  }

  String text(String key, Object... arguments) {
    return new MessageFormat(texts.getString(key), language).format(arguments);
  }

  void send(Session mail, String subject, String body) throws MessagingException {
    MimeMessage mime = new MimeMessage(mail);
    mime.setFrom();
    mime.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(member.email().orElseThrow()));
    mime.setSubject(subject, "UTF-8");
    mime.setText(body, "UTF-8");
    Transport.send(mime);
  }
}
