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

    /// Adds an edge carrying between `lower` and `upper` units, and returns its number for ``flow``.
    /// - Precondition: `0 ≤ lower ≤ upper`.
    @discardableResult
    mutating func addEdge(from tail: Int, to head: Int, lower: Int = 0, upper: Int) -> Int {
        precondition(0 <= lower && lower <= upper, "an edge needs 0 ≤ lower ≤ upper")
        edges.append((addArc(from: tail, to: head, capacity: upper - lower), lower))
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

    /// The units on each edge (by the number ``addEdge(from:to:lower:upper:)`` returned) of a
    /// feasible flow from `source` to `sink`, or `nil` when the bounds cannot all be met.
    func feasibleFlow(source: Int, sink: Int) -> [Int]? {
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
        // The flow on an edge is its lower bound plus what its residual arc gave away.
        return edges.map { edge in edge.lower + network.arcs[edge.arc + 1].capacity }
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
