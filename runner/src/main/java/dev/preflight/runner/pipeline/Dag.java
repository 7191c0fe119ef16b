package dev.preflight.runner.pipeline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The jobs' {@code needs:} as a directed acyclic graph: which jobs wait for which, the groups jobs run in, and what
 * lies downstream of a job (what a closed gate or a failure stops).
 */
public final class Dag {

    /** Job ids in file order, each with the ids it needs. */
    private final Map<String, List<String>> needs;

    private Dag(Map<String, List<String>> needs) {
        this.needs = needs;
    }

    /**
     * @param needs each job's id (in file order) with the ids it needs, all of them known ids
     * @return the graph, or the first cycle found as a path that ends where it starts ({@code a, b, a})
     */
    static Result of(Map<String, List<String>> needs) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        needs.forEach((id, upstream) -> copy.put(id, List.copyOf(upstream)));
        Dag dag = new Dag(copy);
        return dag.cycle().<Result>map(Result.Cycle::new).orElseGet(() -> new Result.Acyclic(dag));
    }

    /** What {@link #of} found. */
    sealed interface Result {
        record Acyclic(Dag dag) implements Result {
        }

        record Cycle(List<String> path) implements Result {
        }
    }

    public List<String> ids() {
        return List.copyOf(needs.keySet());
    }

    public List<String> needs(String id) {
        return needs.get(id);
    }

    /**
     * {@return the jobs in groups}: a job's group is one after the latest group of the jobs it needs, so the jobs of
     * one group have no path between them and may run together
     */
    public List<List<String>> groups() {
        Map<String, Integer> level = new LinkedHashMap<>();
        for (String id : order()) {
            level.put(id, needs.get(id).stream().mapToInt(level::get).map(l -> l + 1).max().orElse(0));
        }
        List<List<String>> groups = new ArrayList<>();
        level.forEach((id, l) -> {
            while (groups.size() <= l) {
                groups.add(new ArrayList<>());
            }
            groups.get(l).add(id);
        });
        groups.replaceAll(List::copyOf);
        return List.copyOf(groups);
    }

    /** {@return every job in an order where each comes after the jobs it needs, file order otherwise} */
    public List<String> order() {
        List<String> order = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (order.size() < needs.size()) {
            for (Map.Entry<String, List<String>> job : needs.entrySet()) {
                if (!placed.contains(job.getKey()) && placed.containsAll(job.getValue())) {
                    placed.add(job.getKey());
                    order.add(job.getKey());
                    break;
                }
            }
        }
        return order;
    }

    /** {@return the jobs that need {@code id}, directly or through others} */
    public Set<String> downstream(String id) {
        Set<String> found = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(id));
        while (!todo.isEmpty()) {
            String current = todo.pop();
            needs.forEach((job, upstream) -> {
                if (upstream.contains(current) && found.add(job)) {
                    todo.push(job);
                }
            });
        }
        return found;
    }

    /** Depth-first search; a job met again while still on the path closes a cycle. */
    private Optional<List<String>> cycle() {
        Set<String> done = new LinkedHashSet<>();
        for (String start : needs.keySet()) {
            Optional<List<String>> found = visit(start, new ArrayList<>(), done);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<List<String>> visit(String id, List<String> path, Set<String> done) {
        int at = path.indexOf(id);
        if (at >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(at, path.size()));
            cycle.add(id);
            return Optional.of(cycle);
        }
        if (done.contains(id)) {
            return Optional.empty();
        }
        path.add(id);
        for (String upstream : needs.get(id)) {
            Optional<List<String>> found = visit(upstream, path, done);
            if (found.isPresent()) {
                return found;
            }
        }
        path.remove(path.size() - 1);
        done.add(id);
        return Optional.empty();
    }
}
