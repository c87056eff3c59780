package mando.domain.violation;

import mando.application.violation.ApplicationSideOfCycle;

/** Fixture for the architecture tests: the domain half of a domain/application cycle. */
public final class DomainSideOfCycle {
    private ApplicationSideOfCycle useCase;
}
