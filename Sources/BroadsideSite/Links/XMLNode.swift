import CLibXML2

/// What Broadside reads of a libxml2 tree node, without copies it must free.
enum XMLNode {
    /// The value of `node`'s attribute `name`, from its text children (entities decoded); `nil`
    /// when it has none.
    static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        var attribute = node.pointee.properties
        while let current = attribute {
            if String(cString: current.pointee.name) == name {
                var value = "", child = current.pointee.children
                while let part = child {
                    if let content = part.pointee.content { value += String(cString: content) }
                    child = part.pointee.next
                }
                return value
            }
            attribute = current.pointee.next
        }
        return nil
    }
}
