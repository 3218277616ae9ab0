package dev.skillfleet.desktop.ui.fx;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

class CoalescingQueueTest {

    @Test
    void aBurstIsOneFlushAndItemsOfferedDuringAFlushGetTheNextOne() {
        List<Runnable> frames = new ArrayList<>();
        List<List<Integer>> batches = new ArrayList<>();
        List<CoalescingQueue<Integer>> self = new ArrayList<>();
        CoalescingQueue<Integer> queue = new CoalescingQueue<>(frames::add, batch -> {
            batches.add(batch);
            if (batch.getFirst() == 0) {
                self.getFirst().offer(99);
            }
        });
        self.add(queue);
        for (int i = 0; i < 1000; i++) {
            queue.offer(i);
        }
        assertThat(frames).hasSize(1);
        frames.removeFirst().run();
        assertThat(batches).hasSize(1);
        assertThat(batches.getFirst()).hasSize(1000).startsWith(0, 1, 2).endsWith(999);
        assertThat(frames).as("the item offered during the flush scheduled the next one").hasSize(1);
        frames.removeFirst().run();
        assertThat(batches.get(1)).containsExactly(99);
    }

    @Test
    void nothingIsLostOrDuplicatedWithManyProducersAndAConcurrentConsumer() throws Exception {
        ConcurrentLinkedQueue<Runnable> frames = new ConcurrentLinkedQueue<>();
        List<Integer> received = new ArrayList<>();
        CoalescingQueue<Integer> queue = new CoalescingQueue<>(frames::add, received::addAll);
        int producers = 4;
        int each = 50_000;
        CountDownLatch done = new CountDownLatch(producers);
        try (ExecutorService pool = Executors.newFixedThreadPool(producers)) {
            for (int p = 0; p < producers; p++) {
                int base = p * each;
                pool.execute(() -> {
                    for (int i = 0; i < each; i++) {
                        queue.offer(base + i);
                    }
                    done.countDown();
                });
            }
            // The "UI thread": runs whatever flush is pending until the producers are done and nothing is left.
            while (done.getCount() > 0 || !frames.isEmpty()) {
                Runnable flush = frames.poll();
                if (flush != null) {
                    flush.run();
                }
            }
        }
        assertThat(received).hasSize(producers * each);
        assertThat(received.stream().distinct().count()).isEqualTo((long) producers * each);
    }
}
