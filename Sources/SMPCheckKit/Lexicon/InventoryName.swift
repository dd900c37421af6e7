/// A name of the EU CosIng inventory: recognized as a real INCI name, with its listed functions.
public struct InventoryName: Sendable, Equatable {
    public var name: String
    /// CosIng functions, e.g. "Emollient, Skin Conditioning".
    public var functions: String
}

/// The CosIng names a lexicon recognizes, in inventory order. Each element is made when it is
/// read: the lexicon keeps the inventory as indexed bytes, so start-up builds no string per name.
public struct InventoryNames: RandomAccessCollection, Sendable {
    let index: InventoryIndex

    public var startIndex: Int { 0 }
    public var endIndex: Int { index.count }

    public subscript(position: Int) -> InventoryName {
        InventoryName(name: index.name(position), functions: index.functions(position))
    }
}
