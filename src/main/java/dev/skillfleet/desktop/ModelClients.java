package dev.skillfleet.desktop;

import dev.skillfleet.desktop.core.llm.ModelClient;

import java.util.function.Supplier;

/** The app's one HTTP client, made on first use: a chat on the built-in engine never loads the HTTP stack. */
final class ModelClients implements Supplier<ModelClient> {

    private volatile ModelClient client;

    @Override
    public ModelClient get() {
        ModelClient made = client;
        if (made == null) {
            synchronized (this) {
                if (client == null) {
                    client = new ModelClient();
                }
                made = client;
            }
        }
        return made;
    }
}
