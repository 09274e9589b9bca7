/// A flow network whose edges carry a lower and an upper bound, and a search for a feasible
/// flow: one within every edge's bounds and conserved at every node but the source and sink.
///
/// Feasibility reduces to one maximum flow (the textbook construction): each edge keeps
/// `upper − lower` of capacity, its lower bound becomes a supply at its head and a demand at its
/// tail, an uncapacitated edge runs from the sink back to the source, and the flow exists exactly
/// when a maximum flow from a super-source to a super-sink meets every supply. The maximum flow
/// is Dinic's algorithm. Deterministic: the same network, built in the same order, gives the same
/// flow.
struct BoundedFlow {
    private struct Arc {
        let head: Int
        var capacity: Int
        /// Index of the reverse arc in `arcs`.
        let reverse: Int
        /// Cost of a unit along this arc (the reverse arc carries its negation).
        var cost = 0
    }

    private(set) var nodeCount = 0
    private var arcs: [Arc] = []
    private var outgoing: [[Int]] = []
    /// For each edge the caller added: its residual arc and its lower bound.
    private var edges: [(arc: Int, lower: Int)] = []
    /// Supply (positive) or demand (negative) from lower bounds, by node.
    private var excess: [Int] = []

    /// Adds a node and returns its number.
    mutating func addNode() -> Int {
        outgoing.append([])
        excess.append(0)
        nodeCount += 1
        return nodeCount - 1
    }

    /// Adds an edge carrying between `lower` and `upper` units at `cost` each, and returns its
    /// number for ``feasibleFlow(source:sink:cheapest:)``.
    /// - Precondition: `0 ≤ lower ≤ upper`.
    @discardableResult
    mutating func addEdge(from tail: Int, to head: Int, lower: Int = 0, upper: Int, cost: Int = 0) -> Int {
        precondition(0 <= lower && lower <= upper, "an edge needs 0 ≤ lower ≤ upper")
        let arc = addArc(from: tail, to: head, capacity: upper - lower)
        arcs[arc].cost = cost
        arcs[arc + 1].cost = -cost
        edges.append((arc, lower))
        excess[head] += lower
        excess[tail] -= lower
        return edges.count - 1
    }

    private mutating func addArc(from tail: Int, to head: Int, capacity: Int) -> Int {
        let forward = arcs.count
        arcs.append(Arc(head: head, capacity: capacity, reverse: forward + 1))
        arcs.append(Arc(head: tail, capacity: 0, reverse: forward))
        outgoing[tail].append(forward)
        outgoing[head].append(forward + 1)
        return forward
    }

    /// The units on each edge (by the number ``addEdge(from:to:lower:upper:cost:)`` returned) of a
    /// feasible flow from `source` to `sink`, or `nil` when the bounds cannot all be met.
    /// - Parameter cheapest: whether to make the flow one of least total cost among the feasible
    ///   ones (by cancelling negative cycles; meant for small whole costs, as each cancellation
    ///   lowers the total by at least one).
    func feasibleFlow(source: Int, sink: Int, cheapest: Bool = false) -> [Int]? {
        var network = self
        let superSource = network.addNode()
        let superSink = network.addNode()
        let unbounded = arcs.reduce(1) { $0 + $1.capacity } + excess.reduce(0) { $0 + abs($1) }
        _ = network.addArc(from: sink, to: source, capacity: unbounded)
        var supply = 0
        for node in 0..<nodeCount where excess[node] != 0 {
            if excess[node] > 0 {
                _ = network.addArc(from: superSource, to: node, capacity: excess[node])
                supply += excess[node]
            } else {
                _ = network.addArc(from: node, to: superSink, capacity: -excess[node])
            }
        }
        guard network.maximumFlow(from: superSource, to: superSink) == supply else { return nil }
        if cheapest { network.cancelNegativeCycles() }
        // The flow on an edge is its lower bound plus what its residual arc gave away.
        return edges.map { edge in edge.lower + network.arcs[edge.arc + 1].capacity }
    }

    /// Cycle cancelling: while the residual network has a cycle of negative cost (Bellman–Ford
    /// from every node at once), push as much as it carries around it. A flow without such a cycle
    /// is a cheapest one with the same supplies and demands (Klein's optimality condition). The
    /// super-source and super-sink arcs are saturated, so no cycle passes through them and every
    /// bound stays met.
    private mutating func cancelNegativeCycles() {
        while let cycle = negativeCycle() {
            let amount = cycle.reduce(Int.max) { min($0, arcs[$1].capacity) }
            for a in cycle {
                arcs[a].capacity -= amount
                arcs[arcs[a].reverse].capacity += amount
            }
        }
    }

    /// The arcs of a residual cycle of negative total cost, if there is one.
    private func negativeCycle() -> [Int]? {
        var distance = Array(repeating: 0, count: nodeCount)
        var via = Array(repeating: -1, count: nodeCount)
        var changed = -1
        for _ in 0..<nodeCount {
            changed = -1
            for (a, arc) in arcs.enumerated() where arc.capacity > 0 {
                let tail = arcs[arc.reverse].head
                if distance[tail] + arc.cost < distance[arc.head] {
                    distance[arc.head] = distance[tail] + arc.cost
                    via[arc.head] = a
                    changed = arc.head
                }
            }
            if changed < 0 { return nil }
        }
        // A node relaxed in the last round leads back into a cycle: walk back far enough to be on it.
        var node = changed
        for _ in 0..<nodeCount { node = arcs[arcs[via[node]].reverse].head }
        var cycle: [Int] = []
        var current = node
        repeat {
            let a = via[current]
            cycle.append(a)
            current = arcs[arcs[a].reverse].head
        } while current != node
        return cycle.reversed()
    }

    /// Dinic's algorithm: breadth-first levels, then blocking flows along them.
    private mutating func maximumFlow(from source: Int, to sink: Int) -> Int {
        var total = 0
        while true {
            var level = Array(repeating: -1, count: nodeCount)
            level[source] = 0
            var queue = [source]
            var head = 0
            while head < queue.count {
                let node = queue[head]
                head += 1
                for a in outgoing[node] where arcs[a].capacity > 0 && level[arcs[a].head] < 0 {
                    level[arcs[a].head] = level[node] + 1
                    queue.append(arcs[a].head)
                }
            }
            guard level[sink] >= 0 else { return total }
            var next = Array(repeating: 0, count: nodeCount)
            while true {
                let pushed = push(from: source, to: sink, limit: Int.max, level: level, next: &next)
                if pushed == 0 { break }
                total += pushed
            }
        }
    }

    /// One augmenting path along increasing levels (iterative, so deep networks cannot overflow the stack).
    private mutating func push(from source: Int, to sink: Int, limit: Int, level: [Int], next: inout [Int]) -> Int {
        var path: [Int] = []
        var node = source
        while true {
            if node == sink {
                let amount = path.reduce(limit) { min($0, arcs[$1].capacity) }
                for a in path {
                    arcs[a].capacity -= amount
                    arcs[arcs[a].reverse].capacity += amount
                }
                return amount
            }
            var advanced = false
            while next[node] < outgoing[node].count {
                let a = outgoing[node][next[node]]
                if arcs[a].capacity > 0 && level[arcs[a].head] == level[node] + 1 {
                    path.append(a)
                    node = arcs[a].head
                    advanced = true
                    break
                }
                next[node] += 1
            }
            if advanced { continue }
            // A dead end: no path to the sink from here at this level; retreat.
            guard let last = path.popLast() else { return 0 }
            node = arcs[arcs[last].reverse].head
            next[node] += 1
        }
    }
}
