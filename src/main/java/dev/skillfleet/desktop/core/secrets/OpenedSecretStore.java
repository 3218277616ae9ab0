package dev.skillfleet.desktop.core.secrets;

import java.util.Optional;

/**
 * The secret store in use and, when it is the fallback key file, the notice the user must see about it.
 *
 * @param notice e.g. "No system keystore is available: API keys are kept in …, readable only by you."
 */
public record OpenedSecretStore(SecretStore store, Optional<String> notice) {
}
