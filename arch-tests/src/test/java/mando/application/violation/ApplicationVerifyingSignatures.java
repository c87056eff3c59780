package mando.application.violation;

import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;

/** Fixture for the architecture tests: a use case that depends on a crypto library. */
public final class ApplicationVerifyingSignatures {
    private Ed25519PublicKeyParameters key;
}
