package dev.skillfleet.desktop.core.skill;

/**
 * The watcher thread's wait, which another thread may cut short (to start following a new root, or to close) without
 * ever interrupting anything else the thread does: a callback doing interruptible I/O (a {@code FileChannel} read)
 * would otherwise lose its channel to a stray interrupt. The thread is interrupted only while it waits, and a
 * wake-up that arrives as the wait ends is cleared before the thread goes on.
 */
final class WakeableWait {

    /** A wait that ends early by {@link InterruptedException}. */
    interface Wait<T> {
        T await() throws InterruptedException;
    }

    private final Object state = new Object();
    private Thread waiter; // guarded by state; set while waiting

    /** Runs {@code wait} on the calling thread; a wake-up makes it return null. */
    <T> T await(Wait<T> wait) {
        synchronized (state) {
            waiter = Thread.currentThread();
        }
        try {
            return wait.await();
        } catch (InterruptedException woken) {
            return null;
        } finally {
            synchronized (state) {
                waiter = null;
                Thread.interrupted();
            }
        }
    }

    /** Ends the wait under way, if any; otherwise does nothing (the thread will look at its work anyway). */
    void wake() {
        synchronized (state) {
            if (waiter != null) {
                waiter.interrupt();
            }
        }
    }
}
