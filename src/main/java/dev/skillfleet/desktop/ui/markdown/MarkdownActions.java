package dev.skillfleet.desktop.ui.markdown;

/**
 * What rendered Markdown can do outside its own nodes. The renderer never touches the clipboard or a browser
 * itself, so the app decides how (and whether) to do it, and tests can record the calls.
 */
public interface MarkdownActions {

    /** Called on the FX thread with the exact text of a code block when its "Copy" button is pressed. */
    void copyToClipboard(String text);

    /**
     * Called on the FX thread with a link's destination exactly as written in the Markdown. The URL comes from
     * model output, so the implementation should check its scheme before handing it to the OS.
     */
    void openLink(String url);
}
