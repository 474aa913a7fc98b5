package org.ecoportal.infrastructure.mail;

import jakarta.annotation.Resource;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A workflow event that members are told about by e-mail: the event names what it is about by one
 * id; when a mail cannot be sent, the broker delivers the event again.
 */
abstract class MemberNotices implements MessageListener {

  private static final Logger LOG = Logger.getLogger(MemberNotices.class.getName());

  @Resource(lookup = "java:jboss/mail/Portal")
  protected Session mail;

  @PersistenceContext(unitName = "portal")
  protected EntityManager em;

  private final String idName;
  private final String about;

  /** {@code idName}: the event's field with the id; {@code about}: what the notice is about, for the log. */
  protected MemberNotices(String idName, String about) {
    this.idName = idName;
    this.about = about;
  }

  @Override
  public void onMessage(Message message) {
    try {
      notice(UUID.fromString(((MapMessage) message).getString(idName)));
    } catch (JMSException | MessagingException e) {
      LOG.log(Level.WARNING, e, () -> "Could not send the notice of " + about + "; the broker will redeliver it");
      throw new IllegalStateException(e);
    }
  }

  /** Tells the members concerned about {@code id}. */
  protected abstract void notice(UUID id) throws MessagingException;
}
