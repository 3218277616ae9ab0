package dev.skillfleet.desktop.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Realistic OpenAI-style streams ({@code chat.completion.chunk} server-sent events) for loopback servers: a long
 * Markdown answer, its reasoning, and the answer cut into token-sized deltas the way a model sends them.
 */
public final class OpenAiStream {

    private static final String[] WORDS = ("the a cache layer request response stream token model skill library "
            + "folder latency budget frame thread queue batch render layout pulse window user answer reason detail "
            + "measure profile index search update commit flush settle piece block heading list paragraph code fence "
            + "quickly slowly carefully always never often every each most some because while when then so and or")
            .split(" ");

    private OpenAiStream() {
    }

    /** One SSE event with a {@code delta}; {@code deltaJson} is the delta object's JSON. */
    public static String chunk(String deltaJson, String finish) {
        return "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,"
                + "\"model\":\"test-model\",\"choices\":[{\"index\":0,\"delta\":" + deltaJson
                + ",\"finish_reason\":" + (finish == null ? "null" : "\"" + finish + "\"") + "}]}\n\n";
    }

    public static String reasoning(String text) {
        return chunk("{\"reasoning_content\":" + json(text) + "}", null);
    }

    public static String content(String text) {
        return chunk("{\"content\":" + json(text) + "}", null);
    }

    /** The end of a stream: the finish reason, the usage figures, {@code [DONE]}. */
    public static String end(int completionTokens) {
        return chunk("{}", "stop")
                + "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"choices\":[],\"usage\":"
                + "{\"prompt_tokens\":120,\"completion_tokens\":" + completionTokens + ",\"total_tokens\":"
                + (120 + completionTokens) + "}}\n\n"
                + "data: [DONE]\n\n";
    }

    /** A JSON string literal. */
    public static String json(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** The last line of {@link #markdownAnswer(int)}. */
    public static String lastLine(int lines) {
        return "That is everything, in detail: line " + lines + " of " + lines + ".";
    }

    /**
     * A Markdown answer of exactly {@code lines} lines (no final newline), the way models write long ones:
     * headings, paragraphs, bullet and numbered lists with inline code, bold and links, and fenced code blocks.
     */
    public static String markdownAnswer(int lines) {
        Random random = new Random(42);
        List<String> out = new ArrayList<>();
        out.add("# Everything, in detail");
        out.add("");
        for (int part = 1; ; part++) {
            List<String> section = section(part, random);
            if (out.size() + section.size() > lines - 3) {
                break;
            }
            out.addAll(section);
        }
        out.add("");
        while (out.size() < lines - 1) {
            out.add(sentence(random, 10) + " " + sentence(random, 8));
        }
        out.add(lastLine(lines));
        return String.join("\n", out);
    }

    private static List<String> section(int part, Random random) {
        List<String> lines = new ArrayList<>();
        lines.add("## Part " + part + ": " + sentence(random, 4).replace(".", ""));
        lines.add("");
        for (int i = 0; i < 3; i++) {
            lines.add(sentence(random, 9) + " " + sentence(random, 7));
        }
        lines.add("");
        for (int i = 1; i <= 6; i++) {
            lines.add("- **Point " + part + "." + i + "**: " + sentence(random, 8).replace(".", "")
                    + " with `option_" + i + "` and a [reference](https://example.com/part/" + part + "/" + i + ").");
        }
        lines.add("");
        if (part % 3 == 0) {
            lines.add("```java");
            lines.add("static int part" + part + "(List<String> items) {");
            for (int i = 0; i < 6; i++) {
                lines.add("    int v" + i + " = items.get(" + i + ").length() * " + (part + i) + "; // "
                        + sentence(random, 4));
            }
            lines.add("    return v0 + v5;");
            lines.add("}");
            lines.add("```");
            lines.add("");
        }
        if (part % 4 == 0) {
            for (int i = 1; i <= 4; i++) {
                lines.add(i + ". " + sentence(random, 10));
            }
            lines.add("");
        }
        return lines;
    }

    private static String sentence(Random random, int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            s.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
        }
        return s.append('.').toString();
    }

    /** Reasoning of {@code deltas} deltas, a few words each, in sentences and lines like a model's. */
    public static List<String> reasoningDeltas(int deltas) {
        Random random = new Random(7);
        List<String> out = new ArrayList<>(deltas);
        for (int i = 0; i < deltas; i++) {
            String words = sentence(random, 2 + random.nextInt(4));
            out.add((i % 12 == 11 ? words + "\n\n" : words.substring(0, words.length() - 1) + " ")
                    .replace("..", "."));
        }
        return out;
    }

    /** {@code text} cut into token-sized deltas of 1 to 8 characters; concatenated they are {@code text}. */
    public static List<String> tokens(String text) {
        Random random = new Random(3);
        List<String> out = new ArrayList<>(text.length() / 4);
        int i = 0;
        while (i < text.length()) {
            int end = Math.min(text.length(), i + 1 + random.nextInt(8));
            // Never split a surrogate pair (the answer is ASCII today, but stay correct).
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                end++;
            }
            out.add(text.substring(i, end));
            i = end;
        }
        return out;
    }
}
