package org.ecoportal.interfaces.as4;

import com.helger.base.state.EContinue;
import com.helger.phase4.duplicate.AS4DuplicateManagerInMemory;
import com.helger.phase4.duplicate.IAS4DuplicateManager;
import com.helger.phase4.incoming.AS4ServerInitializer;
import com.helger.phase4.incoming.mgr.AS4ProfileSelector;
import com.helger.phase4.mgr.AS4ManagerFactoryInMemory;
import com.helger.phase4.mgr.MetaAS4Manager;
import com.helger.photon.io.WebFileIO;
import com.helger.web.scope.mgr.WebScopeManager;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.io.File;
import java.util.logging.Logger;

/**
 * Starts phase4 with the portal (its scopes, the portal's AS4 profile as the default, the receiving
 * side) and then the outbox sender; stops them in reverse, so nothing of phase4 outlives a
 * redeployment. phase4's own duplicate check is off: which messages arrived before is in the
 * database ({@code received_certificate}), and a duplicate must get its receipt again.
 */
@WebListener
public class As4Lifecycle implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(As4Lifecycle.class.getName());

  @Inject private OutboxSender sender;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    WebScopeManager.onGlobalBegin(event.getServletContext());
    File data = new File(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")), "phase4");
    WebFileIO.initPaths(data, event.getServletContext().getRealPath("."), false);
    MetaAS4Manager.setFactory(new PortalManagers());
    AS4ProfileSelector.setCustomDefaultAS4ProfileID(PortalProfile.ID);
    AS4ServerInitializer.initAS4Server();
    sender.start();
    LOG.info("AS4 exchange started");
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    sender.stop();
    AS4ServerInitializer.shutdownAS4Server();
    WebFileIO.resetPaths();
    WebScopeManager.onGlobalEnd();
  }

  /** phase4's managers in memory, with a duplicate check that lets every message through to the portal's own. */
  private static final class PortalManagers extends AS4ManagerFactoryInMemory {

    @Override
    public IAS4DuplicateManager createDuplicateManager() {
      return new AS4DuplicateManagerInMemory() {
        @Override
        public EContinue registerAndCheck(String messageId, String profileId, String pmodeId) {
          return EContinue.CONTINUE;
        }
      };
    }
  }
}
