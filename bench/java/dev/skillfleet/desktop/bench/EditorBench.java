package dev.skillfleet.desktop.bench;

import dev.skillfleet.desktop.ui.editor.Highlighter;
import dev.skillfleet.desktop.ui.editor.SkillEditorViewModel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The skill editor's work per pause in typing, on SKILL.md files of 500, 5,000 and 50,000 lines: highlighting (run
 * off the FX thread), validation with the form's re-read (off the FX thread), and a form edit (on the FX thread).
 */
public final class EditorBench {

    public static void main(String[] args) {
        for (int lines : new int[] {500, 5_000, 50_000}) {
            String text = skill(lines);
            Highlighter highlighter = Highlighter.skillMarkdown();
            double highlight = median(() -> highlighter.highlight(text).spans().size());

            // Same-thread executors and a delay that fires at once: each set of the text runs its whole analysis.
            SkillEditorViewModel model = new SkillEditorViewModel(Runnable::run, Runnable::run,
                    (delay, action) -> action.run());
            model.load(Path.of("/skills/bench-skill/SKILL.md"), text);
            int[] n = {0};
            double analyse = median(() -> {
                model.textProperty().set(text + (n[0]++ % 2 == 0 ? "x" : ""));
                return model.problems().size();
            });
            double formEdit = median(() -> {
                model.form().licenseProperty().set("License " + n[0]++);
                return model.textProperty().get().length();
            });
            System.out.printf(Locale.ROOT, "EditorBench: %,d lines (%,d KB): highlight %.2f ms, validate + form "
                            + "%.2f ms, form edit %.2f ms (medians)%n", lines, text.length() / 1024, highlight,
                    analyse, formEdit);
        }
    }

    private static double median(Supplier<Integer> work) {
        for (int i = 0; i < 5; i++) {
            work.get();
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            long start = System.nanoTime();
            work.get();
            times.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(times);
        return times.get(times.size() / 2);
    }

    /** A realistic SKILL.md: frontmatter, then sections of prose, lists, code blocks, links and emphasis. */
    private static String skill(int lines) {
        StringBuilder sb = new StringBuilder("""
                ---
                name: bench-skill
                description: Benchmarks the editor. Use when measuring how the editor keeps up with long files.
                license: Apache-2.0
                metadata:
                  author: "Bench"
                  version: "1.0"
                ---

                # Bench skill

                ## When to Use

                """);
        int written = 13;
        int section = 0;
        while (written < lines) {
            sb.append("## Section ").append(++section).append("\n\n")
                    .append("Some **strong** words, some *emphasis*, a `code span` and a [link](references/a.md).\n")
                    .append("- a list item with `code`\n- another item\n1. numbered\n\n")
                    .append("```python\ndef f(x):\n    return x * 2  # doubled\n```\n\n")
                    .append("> a quote\n\n");
            written += 14;
        }
        return sb.toString();
    }
}
