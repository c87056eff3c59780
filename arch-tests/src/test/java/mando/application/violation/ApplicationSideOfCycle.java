package mando.application.violation;

import mando.domain.violation.DomainSideOfCycle;

/** Fixture for the architecture tests: the application half of a domain/application cycle. */
public final class ApplicationSideOfCycle {
    private DomainSideOfCycle model;
}
