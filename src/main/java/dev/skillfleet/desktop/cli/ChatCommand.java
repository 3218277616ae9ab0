package dev.skillfleet.desktop.cli;

import dev.skillfleet.desktop.core.assistant.CancelToken;
import dev.skillfleet.desktop.core.assistant.StreamingAssistant;
import dev.skillfleet.desktop.core.assistant.TurnEvent;
import dev.skillfleet.desktop.core.assistant.TurnResult;
import dev.skillfleet.desktop.core.assistant.TurnRunner;
import dev.skillfleet.desktop.core.config.LibraryLocation;
import dev.skillfleet.desktop.core.conversation.ConversationSession;
import dev.skillfleet.desktop.core.conversation.ConversationState;
import dev.skillfleet.desktop.core.engine.OfflineEngine;
import dev.skillfleet.desktop.core.intent.IntentClassifier;
import dev.skillfleet.desktop.core.llm.Endpoint;
import dev.skillfleet.desktop.core.llm.ModelClient;
import dev.skillfleet.desktop.core.model.ModelEngine;
import dev.skillfleet.desktop.core.profiles.EndpointProfile;
import dev.skillfleet.desktop.core.secrets.FileSecretStore;
import dev.skillfleet.desktop.core.secrets.SecretStores;
import dev.skillfleet.desktop.core.skill.SkillLibrary;
import dev.skillfleet.desktop.core.store.SessionStore;
import dev.skillfleet.desktop.core.store.StoreException;
import dev.skillfleet.desktop.core.store.StoredIds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "chat", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs one chat turn headless and prints its events.",
                "The turn is saved as a stored conversation (see `sessions`): --session ID continues one, else a new "
                        + "one is started; its id is printed (text: `session: ID` on stderr; jsonl: \"session\" in "
                        + "the complete event)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the turn completed (or asks a question)",
                "1:the turn failed (or the stored profiles, keys or conversations could not be read)",
                "2:bad usage"})
final class ChatCommand implements Callable<Integer> {

    /** Where --api-key-env looks: the real environment, except in tests. */
    private final java.util.Map<String, String> environment;

    ChatCommand(java.util.Map<String, String> environment) {
        this.environment = environment;
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--offline", description = "Use the built-in offline engine (the default when no endpoint is given).")
    boolean offline;

    @Option(names = "--endpoint", paramLabel = "URL", description = "A model server's base URL; API paths are "
            + "appended (e.g. http://localhost:11434/v1 for OpenAI-compatible, http://localhost:8000 for a Skill Fleet server).")
    String endpointUrl;

    @Option(names = "--model", paramLabel = "ID", description = "The model to ask (needed for openai and ollama).")
    String model;

    @Option(names = "--api-key-env", paramLabel = "VAR", description = "Read the API key from this environment "
            + "variable (the key itself is never printed).")
    String apiKeyEnv;

    @Option(names = "--provider", paramLabel = "openai|ollama|skillfleet", defaultValue = "openai",
            description = "The endpoint's dialect. Default: ${DEFAULT-VALUE}.")
    String provider;

    @Option(names = "--reasoning-tags", paramLabel = "on|off|forced-open", defaultValue = "on",
            description = "Inline <think>-style tags in the answer: on (tags outside code fences are thinking), off, "
                    + "or forced-open (the model's template opened the tag). Default: ${DEFAULT-VALUE}.")
    String reasoningTags;

    @Option(names = "--profile", paramLabel = "NAME", description = "Use a stored endpoint profile, by name or id "
            + "(see `profiles list`); its API key comes from the keystore. Not combined with --endpoint and its options.")
    String profile;

    @Option(names = "--config", paramLabel = "DIR", description = "Where --profile finds the stored profiles "
            + "(default: the settings folder the window uses, in the per-user config folder). Set "
            + SecretStores.ENV_VAR + "=file to read API keys from DIR/" + FileSecretStore.FILE_NAME
            + " instead of the system keystore.")
    Path config;

    @Option(names = "--library", paramLabel = "DIR", description = "The skill library (default: $"
            + LibraryLocation.ENV_VAR + ", else ~/SkillFleet/skills; created when missing).")
    Path library;

    @Option(names = "--session", paramLabel = "ID", description = "Continue the stored conversation ID: its "
            + "history is what the model sees, and a question it asked is answered by MESSAGE. Started with that id "
            + "when there is none.")
    String sessionId;

    @Mixin
    DataOption data;

    @Option(names = "--format", paramLabel = "text|jsonl", defaultValue = "text",
            description = "text (answer on stdout, steps on stderr) or jsonl (one JSON object per event). Default: ${DEFAULT-VALUE}.")
    String format;

    @Parameters(paramLabel = "MESSAGE", description = "The message to send (quote it).")
    String message;

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("jsonl")) {
            throw new ParameterException(spec.commandLine(), "--format must be text or jsonl, not '" + format + "'");
        }
        if (message.isBlank()) {
            throw new ParameterException(spec.commandLine(), "MESSAGE must not be empty: an empty message is not sent");
        }
        if (config != null && profile == null) {
            throw new ParameterException(spec.commandLine(), "--config DIR needs --profile NAME");
        }
        if (sessionId != null && sessionId.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--session ID must not be empty");
        }
        EventPrinter printer = EventPrinter.of(format, spec.commandLine().getOut(), spec.commandLine().getErr());
        Optional<Endpoint> endpoint;
        Path root;
        String profileId;
        try {
            endpoint = profile != null
                    ? ProfileOptions.endpoint(spec, profile, ProfileOptions.configFolder(config), environment,
                            spec.commandLine().getErr())
                    : EndpointOptions.endpoint(spec, offline, endpointUrl, model, apiKeyEnv, provider, reasoningTags,
                            environment);
            // The profile the turn uses is remembered with the conversation; an ad hoc --endpoint is none.
            profileId = profile != null ? ProfileOptions.profileId(profile, ProfileOptions.configFolder(config))
                    .orElse(null) : endpoint.isEmpty() ? EndpointProfile.OFFLINE_ID : null;
            root = LibraryLocation.ensureExists(LibraryLocation.resolve(Optional.ofNullable(library)));
        } catch (IOException e) {
            printer.accept(new TurnEvent.Error(e.getMessage()));
            printer.accept(new TurnEvent.Complete(null, ConversationState.ERROR, Optional.empty()));
            return 1;
        }
        SkillLibrary skills = new SkillLibrary(root);
        StreamingAssistant assistant = endpoint.isPresent()
                ? ModelEngine.assistant(endpoint.get(), new ModelClient(), skills, new IntentClassifier())
                : new StreamingAssistant(new IntentClassifier(), OfflineEngine.handlers(skills));
        TurnRunner runner = new TurnRunner(assistant);
        try (SessionStore store = DataOption.open(data.folder(environment))) {
            ConversationSession session = session(store, profileId);
            if (session == null) {
                printer.accept(new TurnEvent.Error("The conversation '" + sessionId + "' is deleted: restore it in "
                        + "the window to continue it, or choose another id."));
                printer.accept(new TurnEvent.Complete(null, ConversationState.ERROR, Optional.empty()));
                return 1;
            }
            printer.session(session.id());
            TurnResult result = runner.run(session, message, printer, new CancelToken());
            return result.failed() ? 1 : 0;
        } catch (StoreException e) {
            printer.accept(new TurnEvent.Error(e.getMessage()));
            printer.accept(new TurnEvent.Complete(null, ConversationState.ERROR, Optional.empty()));
            return 1;
        }
    }

    /**
     * The stored conversation {@code --session} names (created with that id when missing), or a new one; null when
     * that id belongs to a deleted conversation, which must not be written to unseen.
     */
    private ConversationSession session(SessionStore store, String profileId) {
        String user = System.getProperty("user.name", "user");
        if (sessionId == null) {
            return store.create(user, profileId);
        }
        Optional<ConversationSession> stored = store.open(sessionId);
        if (stored.isPresent()) {
            if (profileId != null) {
                store.useProfile(sessionId, profileId);
            }
            return stored.get();
        }
        return StoredIds.sessionDeleted(store, sessionId) ? null : store.create(sessionId, user, profileId);
    }
}
