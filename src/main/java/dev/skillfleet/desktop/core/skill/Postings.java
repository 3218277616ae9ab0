package dev.skillfleet.desktop.core.skill;

import java.util.Arrays;

/**
 * The documents (ascending) that contain one word in one field, with how often. Plain arrays, and counts as shorts
 * (saturating), because body postings of 10,000 skills run to millions of entries.
 */
final class Postings {

    private int[] docs;
    private short[] counts;
    private int size;

    Postings() {
        docs = new int[2];
        counts = new short[2];
    }

    /** Documents must arrive in ascending order; a repeat of the last document adds to its count. */
    void add(int doc, int count) {
        if (size > 0 && docs[size - 1] == doc) {
            counts[size - 1] = saturate(counts[size - 1] + count);
            return;
        }
        if (size == docs.length) {
            docs = Arrays.copyOf(docs, size * 2);
            counts = Arrays.copyOf(counts, size * 2);
        }
        docs[size] = doc;
        counts[size] = saturate(count);
        size++;
    }

    private static short saturate(int count) {
        return (short) Math.min(count, Short.MAX_VALUE);
    }

    void trim() {
        docs = Arrays.copyOf(docs, size);
        counts = Arrays.copyOf(counts, size);
    }

    int size() {
        return size;
    }

    int doc(int i) {
        return docs[i];
    }

    int count(int i) {
        return counts[i];
    }

    /** The count of a document, 0 when absent. */
    int countOf(int doc) {
        int i = Arrays.binarySearch(docs, 0, size, doc);
        return i >= 0 ? counts[i] : 0;
    }
}
