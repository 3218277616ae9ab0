package dev.skillfleet.desktop.core.assistant;

import dev.skillfleet.desktop.core.conversation.ConversationSession;
import dev.skillfleet.desktop.core.intent.Intent;
import dev.skillfleet.desktop.core.intent.IntentClassifier;
import dev.skillfleet.desktop.core.intent.IntentMatch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Takes a message, picks a handler and streams its events. Custom handlers (registered in code, then those found
 * with {@link ServiceLoader}) are asked first; below the confidence threshold an optional {@link IntentRefiner} (e.g. a
 * model) gets one try, and if it is unsure too the assistant asks which intent was meant instead of guessing;
 * otherwise the built-in handler for the intent answers.
 */
public final class StreamingAssistant {

    private final IntentClassifier classifier;
    private final List<IntentHandler> custom = new CopyOnWriteArrayList<>();
    private final List<IntentHandler> builtIn;
    private final IntentRefiner refiner;

    public StreamingAssistant(IntentClassifier classifier, List<IntentHandler> builtIn) {
        this(classifier, builtIn, null);
    }

    /** @param refiner consulted for a message below the confidence threshold before the user is asked; may be null */
    public StreamingAssistant(IntentClassifier classifier, List<IntentHandler> builtIn, IntentRefiner refiner) {
        this.classifier = Objects.requireNonNull(classifier);
        this.builtIn = List.copyOf(builtIn);
        this.refiner = refiner;
        ServiceLoader.load(IntentHandler.class).forEach(custom::add);
    }

    /** Registers a custom handler in code; it is asked before the discovered and the built-in ones. */
    public StreamingAssistant register(IntentHandler handler) {
        custom.addFirst(Objects.requireNonNull(handler));
        return this;
    }

    public List<IntentHandler> customHandlers() {
        return List.copyOf(custom);
    }

    public IntentClassifier classifier() {
        return classifier;
    }

    /**
     * Turns the user's text into a request: a fresh classification, or, when it answers a pending question, the
     * continuation that question described.
     */
    public TurnRequest route(String text, ConversationSession session) {
        Object pending = session.context().remove(PendingQuestion.CONTEXT_KEY);
        if (pending instanceof PendingQuestion question) {
            TurnRequest continued = continueAfter(question, text, session);
            if (continued != null) {
                return continued;
            }
        }
        return new TurnRequest(text, classifier.classify(text), session);
    }

    /** Streams one turn into {@code out}; returns the intent the turn was routed to. */
    public Intent stream(TurnRequest incoming, TurnOutput out) throws Exception {
        TurnRequest request = incoming;
        for (IntentHandler handler : custom) {
            if (handler.canHandle(request)) {
                handler.handle(request, out);
                return request.intent().intent();
            }
        }
        if (!request.intent().confident() && refiner != null) {
            IntentMatch refined = refiner.refine(request, out);
            if (refined != null && refined.confident()) {
                request = new TurnRequest(request.message(), refined, request.session());
            }
        }
        if (!request.intent().confident()) {
            askWhichIntent(request, out);
            return request.intent().intent();
        }
        for (IntentHandler handler : builtIn) {
            if (handler.canHandle(request)) {
                handler.handle(request, out);
                return request.intent().intent();
            }
        }
        throw new UserFacingException("No handler is registered for " + request.intent().intent() + ".");
    }

    private void askWhichIntent(TurnRequest request, TurnOutput out) {
        IntentMatch match = request.intent();
        out.thinking(String.format(Locale.ROOT, "Intent: unsure (best guess %s, %.2f, below %.2f)\n",
                label(match.intent()), match.confidence(), IntentMatch.THRESHOLD));
        List<String> options = new ArrayList<>();
        for (Intent intent : rankedIntents(match)) {
            options.add(capitalize(intent.label()));
        }
        out.ask(new PendingQuestion("I'm not sure what you'd like me to do with \u201c" + abbreviate(request.message())
                + "\u201d. Did you want to\u2026", options, null, request.message()));
    }

    /** The options in the order the classifier found them likely. */
    private static List<Intent> rankedIntents(IntentMatch match) {
        List<Intent> ranked = new ArrayList<>(List.of(Intent.values()));
        ranked.sort((a, b) -> Double.compare(match.scores().getOrDefault(b, 0.0), match.scores().getOrDefault(a, 0.0)));
        return ranked;
    }

    private TurnRequest continueAfter(PendingQuestion question, String answer, ConversationSession session) {
        if (question.intent() != null) {
            String subject = classifier.classify(answer).subject();
            String effectiveSubject = subject.isBlank() ? answer.strip() : subject;
            return new TurnRequest(answer, IntentMatch.certain(question.intent(), effectiveSubject), session);
        }
        Intent picked = pickedIntent(question, answer);
        if (picked == null) {
            return null;
        }
        String subject = classifier.classify(question.originalMessage()).subject();
        return new TurnRequest(question.originalMessage(), IntentMatch.certain(picked, subject), session);
    }

    /** Maps an answer to one of the offered intents: the option's text, its number, or the intent's own words. */
    private static Intent pickedIntent(PendingQuestion question, String answer) {
        String normalized = answer.strip().toLowerCase(Locale.ROOT);
        List<String> options = question.options();
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i).toLowerCase(Locale.ROOT);
            if (normalized.equals(option) || normalized.equals(String.valueOf(i + 1))) {
                return intentOfLabel(option);
            }
        }
        for (Intent intent : Intent.values()) {
            if (normalized.contains(intent.label())) {
                return intent;
            }
        }
        return null;
    }

    private static Intent intentOfLabel(String option) {
        for (Intent intent : Intent.values()) {
            if (intent.label().equalsIgnoreCase(option)) {
                return intent;
            }
        }
        return null;
    }

    private static String label(Intent intent) {
        return intent.label();
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String abbreviate(String s) {
        String oneLine = s.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 77) + "\u2026";
    }
}
