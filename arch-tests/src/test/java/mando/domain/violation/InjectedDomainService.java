package mando.domain.violation;

import jakarta.inject.Inject;

/** Fixture for the architecture tests: a domain class wired by annotation instead of by bootstrap. */
public final class InjectedDomainService {
    @Inject
    InjectedDomainService() {
    }
}
