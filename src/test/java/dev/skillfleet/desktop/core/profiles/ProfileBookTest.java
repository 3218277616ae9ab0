package dev.skillfleet.desktop.core.profiles;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProfileBookTest {

    private static final EndpointProfile LM = EndpointProfile.of("lm-studio", "LM Studio", ProfileKind.OPENAI,
            "http://localhost:1234/v1", "qwen3");
    private static final EndpointProfile OLLAMA = EndpointProfile.of("ollama", "Ollama", ProfileKind.OLLAMA,
            "http://localhost:11434", "llama3.2");

    @Test
    void theOfflineProfileIsAlwaysThereFirstAndActiveByDefault() {
        assertThat(ProfileBook.EMPTY.all()).containsExactly(EndpointProfile.OFFLINE);
        ProfileBook book = ProfileBook.EMPTY.withAdded(LM).withAdded(OLLAMA);
        assertThat(book.all()).containsExactly(EndpointProfile.OFFLINE, LM, OLLAMA);
        assertThat(book.custom()).containsExactly(LM, OLLAMA);
        assertThat(book.active()).isEqualTo(EndpointProfile.OFFLINE);
    }

    @Test
    void theOfflineProfileCannotBeDeletedOrReplaced() {
        assertThatThrownBy(() -> ProfileBook.EMPTY.without("offline")).hasMessageContaining("cannot be changed or deleted");
        assertThatThrownBy(() -> ProfileBook.EMPTY.withReplaced(EndpointProfile.OFFLINE))
                .hasMessageContaining("cannot be changed or deleted");
        assertThatThrownBy(() -> ProfileBook.EMPTY.withAdded(EndpointProfile.OFFLINE)).hasMessageContaining("already exists");
    }

    @Test
    void profilesAreFoundByIdOrNameIgnoringCase() {
        ProfileBook book = ProfileBook.EMPTY.withAdded(LM);
        assertThat(book.find("lm studio")).contains(LM);
        assertThat(book.find(" LM-STUDIO ")).contains(LM);
        assertThat(book.find("built-in (offline)")).contains(EndpointProfile.OFFLINE);
        assertThat(book.find("offline")).contains(EndpointProfile.OFFLINE);
        assertThat(book.find("nope")).isEmpty();
    }

    @Test
    void namesAndIdsAreUnique() {
        ProfileBook book = ProfileBook.EMPTY.withAdded(LM);
        assertThatThrownBy(() -> book.withAdded(LM.withDisplayName("Other"))).hasMessageContaining("already exists");
        assertThatThrownBy(() -> book.withAdded(OLLAMA.withDisplayName("lm studio")))
                .hasMessage("A profile named \"LM Studio\" already exists.");
        assertThatThrownBy(() -> book.withAdded(OLLAMA).withReplaced(OLLAMA.withDisplayName("LM STUDIO")))
                .hasMessageContaining("already exists");
        assertThat(book.withReplaced(LM.withDisplayName("lm studio")).find("LM Studio").orElseThrow().displayName())
                .as("renaming a profile to its own name in other case").isEqualTo("lm studio");
        assertThatThrownBy(() -> ProfileBook.of(List.of(LM, LM.withDisplayName("Again")), null))
                .hasMessageContaining("Two profiles have the id");
    }

    @Test
    void replacingKeepsThePlaceInTheList() {
        ProfileBook book = ProfileBook.EMPTY.withAdded(LM).withAdded(OLLAMA).withReplaced(LM.withModel("gemma3"));
        assertThat(book.custom()).extracting(EndpointProfile::id).containsExactly("lm-studio", "ollama");
        assertThat(book.byId("lm-studio").orElseThrow().model()).isEqualTo("gemma3");
    }

    @Test
    void deletingTheActiveProfileHandsOverToOffline() {
        ProfileBook book = ProfileBook.EMPTY.withAdded(LM).withAdded(OLLAMA).withActive("ollama");
        assertThat(book.active()).isEqualTo(OLLAMA);
        assertThat(book.without("lm-studio").activeId()).isEqualTo("ollama");
        assertThat(book.without("ollama").active()).isEqualTo(EndpointProfile.OFFLINE);
        assertThatThrownBy(() -> book.withActive("gone")).hasMessageContaining("no profile with the id \"gone\"");
    }

    @Test
    void anActiveIdThatNamesNoProfileFallsBackToOffline() {
        assertThat(ProfileBook.of(List.of(LM), "deleted-elsewhere").activeId()).isEqualTo("offline");
        assertThat(ProfileBook.of(List.of(LM), null).activeId()).isEqualTo("offline");
    }

    @Test
    void newIdsAreReadableAndUnique() {
        ProfileBook book = ProfileBook.EMPTY.withAdded(LM);
        assertThat(book.newId("LM Studio")).isEqualTo("lm-studio-2");
        assertThat(book.newId("  Café Über-Server! ")).isEqualTo("cafe-uber-server");
        assertThat(book.newId("Offline")).isEqualTo("offline-2");
        assertThat(book.newId("日本語")).isEqualTo("profile");
        String id = book.newId("x".repeat(100));
        assertThat(EndpointProfile.of(id, "Long", ProfileKind.SKILLFLEET, "http://h", "").id()).hasSizeLessThan(64);
    }
}
