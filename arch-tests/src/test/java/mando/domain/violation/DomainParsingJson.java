package mando.domain.violation;

import com.fasterxml.jackson.core.JsonFactory;

/** Fixture for the architecture tests: a domain class that reaches for a JSON library. */
public final class DomainParsingJson {
    private final JsonFactory json = new JsonFactory();
}
