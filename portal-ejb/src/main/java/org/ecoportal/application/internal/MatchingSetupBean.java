package org.ecoportal.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;
import org.ecoportal.application.ImportDeclarations;
import org.ecoportal.domain.model.application.FieldProblem;
import org.ecoportal.domain.model.application.InvalidInputException;
import org.ecoportal.domain.model.application.WorkflowException;
import org.ecoportal.domain.model.clearance.MatchRule;
import org.ecoportal.domain.model.clearance.MatchingConfiguration;
import org.ecoportal.domain.model.clearance.MatchingSettings;
import org.ecoportal.domain.model.identity.Caller;
import org.ecoportal.domain.model.identity.Role;
import org.ecoportal.infrastructure.security.Callers;

/** The tenant administrator's matching rules: the caller's tenant's only. */
@Stateless
@RolesAllowed(Role.Names.TENANT_ADMIN)
public class MatchingSetupBean implements ImportDeclarations.Setup {

  private static final Logger LOG = Logger.getLogger(MatchingSetupBean.class.getName());

  /** What a tenant without its own rules matches by, written out as a starting point. */
  static final String DEFAULT_TEXT =
      """
      # Matching of import declarations against received certificates (built-in defaults)
      quantity.tolerance.percent = 5
      weight.tolerance.percent = 5
      validity.days = 365
      partial.shipments = false
      rules.off =
      """;

  private static final List<Rule> RULES =
      Arrays.stream(MatchRule.values()).map(r -> new Rule(r, r.description(), r.perLine())).toList();

  @Resource private SessionContext context;

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Override
  public Settings current() {
    return settingsOf(em.find(MatchingSettings.class, caller().tenant().code()));
  }

  @Override
  public Settings save(String text, Long version) {
    Caller caller = caller();
    String written = text == null ? "" : text;
    MatchingSettings found = em.find(MatchingSettings.class, caller.tenant().code());
    if (!Objects.equals(found == null ? null : found.version(), version)) {
      throw new WorkflowException("importDeclaration.matching.changedMeanwhile");
    }
    if (written.length() > MatchingSettings.MAX_TEXT) {
      throw new InvalidInputException(List.of(new FieldProblem("text", "importDeclaration.error.tooLong")));
    }
    try {
      if (found == null) {
        found = new MatchingSettings(caller.tenant(), written, caller.username(), Instant.now());
        em.persist(found);
      } else {
        found.change(written, caller.username(), Instant.now());
      }
      em.flush();
    } catch (MatchingConfiguration.InvalidConfigurationException e) {
      throw new InvalidInputException(
          e.problems().stream().map(p -> new FieldProblem("text", "importDeclaration.matching.problem", p)).toList());
    } catch (OptimisticLockException e) {
      throw new WorkflowException("importDeclaration.matching.changedMeanwhile");
    }
    LOG.info(() -> "Matching rules of " + caller.tenant().code() + " saved by " + caller);
    return settingsOf(found);
  }

  private static Settings settingsOf(MatchingSettings settings) {
    return settings == null
        ? new Settings(DEFAULT_TEXT, null, null, null, RULES)
        : new Settings(settings.text(), settings.version(), settings.updatedBy(), settings.updatedAt(), RULES);
  }

  private Caller caller() {
    return Callers.of(context.getCallerPrincipal());
  }
}
