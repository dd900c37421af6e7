/// A name of the EU CosIng inventory: recognized as a real INCI name, with its listed functions.
public struct InventoryName: Sendable, Equatable {
    public var name: String
    /// CosIng functions, e.g. "Emollient, Skin Conditioning".
    public var functions: String
}
