/// Where each key of a file's front matter is written: its line and column, the file's path
/// held once (a build keeps these for every file, for messages it may never give).
public struct FieldLocations: Sendable, Equatable {
    /// The file's path as messages give it.
    public let path: String
    /// One place per key, in key order.
    private var places: [Place] = []

    private struct Place: Sendable, Equatable {
        var key: String
        var line: UInt32
        /// 0 for a place without a column.
        var column: UInt32
    }

    /// The places of `keys`' values in the file at `path`; a key given twice keeps its first place.
    init(path: String, _ keys: some Sequence<(key: String, location: SourceLocation)>) {
        self.path = path
        for (key, location) in keys {
            guard let line = location.line else { continue }
            let place = Place(key: key, line: UInt32(clamping: line), column: UInt32(clamping: location.column ?? 0))
            let index = places.partitioningIndex { $0.key >= key }
            if index == places.endIndex || places[index].key != key { places.insert(place, at: index) }
        }
    }

    /// Where `key`'s value is, `nil` when the front matter does not have the key.
    public subscript(key: String) -> SourceLocation? {
        let index = places.partitioningIndex { $0.key >= key }
        guard index < places.endIndex, places[index].key == key else { return nil }
        let place = places[index]
        return SourceLocation(path: path, line: Int(place.line), column: place.column == 0 ? nil : Int(place.column))
    }

    /// The keys the front matter has, in order.
    public var keys: [String] { places.map(\.key) }
}

extension Array {
    /// The index of the first element for which `isAfter` holds, all those before it being ones
    /// for which it does not (a binary search of a sorted array).
    func partitioningIndex(where isAfter: (Element) -> Bool) -> Index {
        var (low, high) = (startIndex, endIndex)
        while low < high {
            let middle = low + (high - low) / 2
            if isAfter(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
