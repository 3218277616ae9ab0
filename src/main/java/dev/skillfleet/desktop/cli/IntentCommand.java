package dev.skillfleet.desktop.cli;

import dev.skillfleet.desktop.core.intent.IntentClassifier;
import dev.skillfleet.desktop.core.intent.IntentMatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "intent", mixinStandardHelpOptions = true,
        description = "Classifies a message and prints INTENT CONFIDENCE, e.g. CREATE_SKILL 0.93.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:classified", "2:bad usage"})
final class IntentCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "MESSAGE", description = "The message to classify (quote it).")
    String message;

    @Override
    public Integer call() {
        if (message.isBlank()) {
            throw new ParameterException(spec.commandLine(), "MESSAGE must not be empty");
        }
        IntentMatch match = new IntentClassifier().classify(message);
        spec.commandLine().getOut().println(match.intent().name() + " " + String.format(Locale.ROOT, "%.2f", match.confidence()));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
