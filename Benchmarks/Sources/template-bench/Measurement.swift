/// Renders per second over several rounds of many iterations, and their median.
@MainActor struct Measurement {
    let name: String
    let rounds: [Double]

    /// Runs `render` once to warm up, then `rounds` times `iterations` times.
    init(name: String, iterations: Int, rounds: Int, render: () -> String) {
        self.name = name
        var totalBytes = render().utf8.count
        var results: [Double] = []
        let clock = ContinuousClock()
        for _ in 0..<rounds {
            let elapsed = clock.measure {
                for _ in 0..<iterations {
                    totalBytes &+= render().utf8.count
                }
            }
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            results.append(Double(iterations) / seconds)
        }
        precondition(totalBytes > 0)  // keeps the renders from being optimized away
        self.rounds = results
    }

    var median: Double {
        let sorted = rounds.sorted()
        return sorted.count.isMultiple(of: 2)
            ? (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2 : sorted[sorted.count / 2]
    }
}
