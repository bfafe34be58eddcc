import FlyingSocks

/// The bytes of one Server-Sent Events response, as they are sent: FlyingFox writes each
/// buffer to the socket when it arrives, as one chunk of a chunked response.
struct EventStream: AsyncBufferedSequence {
    typealias Element = UInt8
    let messages: AsyncStream<[UInt8]>

    func makeAsyncIterator() -> Iterator {
        Iterator(messages: messages.makeAsyncIterator())
    }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var messages: AsyncStream<[UInt8]>.AsyncIterator
        private var pending: ArraySlice<UInt8> = []

        init(messages: AsyncStream<[UInt8]>.AsyncIterator) {
            self.messages = messages
        }

        mutating func next() async -> UInt8? {
            if pending.isEmpty { pending = await messages.next()?[...] ?? [] }
            return pending.popFirst()
        }

        /// The next message, whole: an event is never split across chunks.
        mutating func nextBuffer(suggested count: Int) async -> ArraySlice<UInt8>? {
            if !pending.isEmpty { defer { pending = [] }; return pending }
            return await messages.next()?[...]
        }
    }
}
