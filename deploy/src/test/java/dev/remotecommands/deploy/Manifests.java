package dev.remotecommands.deploy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * What {@code helm template} rendered: each document as a typed fabric8 Kubernetes object (a
 * {@link GenericKubernetesResource} for the custom resources), beside its JSON tree.
 */
final class Manifests {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final KubernetesSerialization KUBERNETES = new KubernetesSerialization();

    record Document(JsonNode tree, HasMetadata resource) {
    }

    private final List<Document> documents;

    private Manifests(List<Document> documents) {
        this.documents = documents;
    }

    static Manifests parse(String rendered) {
        List<Document> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> trees = YAML.readerFor(JsonNode.class).readValues(rendered)) {
            while (trees.hasNext()) {
                JsonNode tree = trees.next();
                if (tree != null && !tree.isNull() && !tree.isEmpty()) {
                    documents.add(new Document(tree, KUBERNETES.unmarshal(tree.toString(), HasMetadata.class)));
                }
            }
        }
        return new Manifests(documents);
    }

    List<Document> documents() {
        return documents;
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return documents.stream().map(Document::resource).filter(type::isInstance).map(type::cast).toList();
    }

    /** The object of this type named {@code rc-<name>}. */
    <T extends HasMetadata> T named(Class<T> type, String name) {
        String fullName = Chart.RELEASE + "-" + name;
        return all(type).stream()
                .filter(resource -> resource.getMetadata().getName().equals(fullName))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no " + type.getSimpleName() + " " + fullName));
    }

    /** The custom resources of one kind, with their trees. */
    List<Document> custom(String kind) {
        return documents.stream()
                .filter(document -> document.resource() instanceof GenericKubernetesResource)
                .filter(document -> document.resource().getKind().equals(kind))
                .toList();
    }
}
