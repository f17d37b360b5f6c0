package org.filo.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Phrases as sequences of normalised words, looked up from a position in a word list (hash map per step). */
final class PhraseTrie<T> {
    private final Node<T> root = new Node<>();
    private int size;

    /** One phrase that matches at a position: how many words it spans and what it stands for. */
    record Match<T>(int length, List<T> values) {
    }

    private static final class Node<T> {
        final Map<String, Node<T>> next = new HashMap<>(4);
        final List<T> values = new ArrayList<>(1);
    }

    void add(List<String> norms, T value) {
        if (norms.isEmpty()) {
            throw new IllegalArgumentException("empty phrase");
        }
        Node<T> node = root;
        for (String norm : norms) {
            node = node.next.computeIfAbsent(norm, k -> new Node<>());
        }
        node.values.add(value);
        size++;
    }

    int size() {
        return size;
    }

    /** Every phrase that starts at words[from] and ends before {@code limit}, longest first. */
    List<Match<T>> matchesAt(List<Word> words, int from, int limit) {
        Node<T> first = root.next.get(words.get(from).norm());
        if (first == null) {
            return List.of();   // the common case: no phrase starts here, nothing allocated
        }
        List<Match<T>> found = new ArrayList<>(2);
        Node<T> node = root;
        for (int i = from; i < limit; i++) {
            node = node.next.get(words.get(i).norm());
            if (node == null) {
                break;
            }
            if (!node.values.isEmpty()) {
                found.add(0, new Match<>(i - from + 1, node.values));
            }
        }
        return found;
    }
}
