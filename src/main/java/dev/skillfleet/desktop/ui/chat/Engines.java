package dev.skillfleet.desktop.ui.chat;

import dev.skillfleet.desktop.core.assistant.TurnRunner;
import dev.skillfleet.desktop.core.profiles.EndpointProfile;

import java.io.IOException;

/**
 * What answers a chat for a given endpoint profile: the built-in engine, or a model. Called on the background
 * thread at the start of each turn (it may read the keystore).
 */
@FunctionalInterface
public interface Engines {

    TurnRunner runnerFor(EndpointProfile profile) throws IOException;
}
