package dev.skillfleet.desktop.core.engine;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Picks the taxonomy category for a new skill from its terms: a category the library already has wins when a term
 * names it; otherwise a small vocabulary of well-known technologies decides; "general" when nothing fits.
 */
public final class CategoryGuesser {

    public static final String FALLBACK = "general";

    // Ordered: the first category whose vocabulary a term belongs to wins, so specific areas come before broad ones.
    private static final Map<String, List<String>> VOCABULARY = new LinkedHashMap<>();

    static {
        VOCABULARY.put("testing", List.of("test", "tests", "testing", "pytest", "junit", "e2e", "playwright", "selenium",
                "cypress", "tdd", "mocking", "mock", "coverage", "qa"));
        VOCABULARY.put("databases", List.of("redis", "postgres", "postgresql", "mysql", "sqlite", "mongodb", "mongo",
                "sql", "database", "databases", "db", "cassandra", "elasticsearch", "dynamodb", "memcached", "orm",
                "migrations", "schema", "query", "queries", "index", "indexes", "cache", "caching"));
        VOCABULARY.put("devops", List.of("docker", "kubernetes", "k8s", "helm", "terraform", "ansible", "ci", "cd",
                "pipeline", "pipelines", "deploy", "deployment", "deployments", "github", "actions", "jenkins", "nginx",
                "linux", "bash", "shell", "monitoring", "prometheus", "grafana", "aws", "gcp", "azure", "cloud"));
        VOCABULARY.put("security", List.of("security", "auth", "authentication", "authorization", "oauth", "jwt",
                "encryption", "secrets", "vulnerability", "vulnerabilities", "owasp", "tls", "ssl", "permissions"));
        VOCABULARY.put("api", List.of("api", "apis", "rest", "graphql", "grpc", "openapi", "swagger", "webhook",
                "webhooks", "endpoint", "endpoints", "http"));
        VOCABULARY.put("web", List.of("web", "frontend", "react", "vue", "svelte", "angular", "css", "html", "javascript",
                "typescript", "nextjs", "tailwind", "ui", "ux", "browser", "dom", "webapp"));
        VOCABULARY.put("python", List.of("python", "decorators", "decorator", "asyncio", "async", "pandas", "numpy",
                "django", "flask", "fastapi", "pydantic", "pip", "poetry", "typing"));
        VOCABULARY.put("ai", List.of("llm", "llms", "prompt", "prompts", "prompting", "embedding", "embeddings", "rag",
                "mcp", "agent", "agents", "openai", "claude", "model", "models", "dspy", "ml", "machine", "learning"));
        VOCABULARY.put("data", List.of("data", "etl", "spark", "csv", "json", "analytics", "pipeline", "warehouse",
                "kafka", "streaming", "excel", "xlsx", "spreadsheet", "spreadsheets"));
        VOCABULARY.put("documents", List.of("pdf", "docx", "pptx", "word", "powerpoint", "slides", "document",
                "documents", "report", "reports", "markdown", "writing", "notes", "release", "changelog"));
        VOCABULARY.put("architecture", List.of("architecture", "microservices", "microservice", "ddd", "patterns",
                "design", "event", "sourcing", "cqrs", "hexagonal", "scalability"));
        VOCABULARY.put("practices", List.of("review", "refactoring", "refactor", "git", "commit", "commits", "style",
                "conventions", "documentation", "onboarding", "debugging", "logging", "product", "management"));
    }

    private CategoryGuesser() {
    }

    public static String guess(List<String> terms, Collection<String> existingCategories) {
        for (String term : terms) {
            for (String category : existingCategories) {
                String leaf = category.substring(category.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
                if (!leaf.isEmpty() && (leaf.equals(term) || leaf.equals(term + "s") || term.equals(leaf + "s"))) {
                    return category;
                }
            }
        }
        for (String term : terms) {
            for (Map.Entry<String, List<String>> entry : VOCABULARY.entrySet()) {
                if (entry.getValue().contains(term)) {
                    return entry.getKey();
                }
            }
        }
        return FALLBACK;
    }
}
