package dev.skillfleet.desktop.ui.markdown;

import java.util.ArrayList;
import java.util.List;

/** Records what the rendered nodes asked the app to do. */
final class RecordingActions implements MarkdownActions {

    final List<String> copied = new ArrayList<>();
    final List<String> opened = new ArrayList<>();

    @Override
    public void copyToClipboard(String text) {
        copied.add(text);
    }

    @Override
    public void openLink(String url) {
        opened.add(url);
    }
}
