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
import dev.skillfleet.desktop.core.skill.SkillLibrary;
import picocli.CommandLine.Command;
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
        description = "Runs one chat turn headless and prints its events.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the turn completed (or asks a question)", "1:the turn failed", "2:bad usage"})
final class ChatCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--offline", description = "Use the built-in offline engine (the default: no network is used).")
    boolean offline;

    @Option(names = "--library", paramLabel = "DIR", description = "The skill library (default: $"
            + LibraryLocation.ENV_VAR + ", else ~/SkillFleet/skills; created when missing).")
    Path library;

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
        EventPrinter printer = EventPrinter.of(format, spec.commandLine().getOut(), spec.commandLine().getErr());
        Path root;
        try {
            root = LibraryLocation.ensureExists(LibraryLocation.resolve(Optional.ofNullable(library)));
        } catch (IOException e) {
            printer.accept(new TurnEvent.Error(e.getMessage()));
            printer.accept(new TurnEvent.Complete(null, ConversationState.ERROR, Optional.empty()));
            return 1;
        }
        SkillLibrary skills = new SkillLibrary(root);
        TurnRunner runner = new TurnRunner(new StreamingAssistant(new IntentClassifier(), OfflineEngine.handlers(skills)));
        ConversationSession session = ConversationSession.create(System.getProperty("user.name", "user"));
        TurnResult result = runner.run(session, message, printer, new CancelToken());
        return result.failed() ? 1 : 0;
    }
}
