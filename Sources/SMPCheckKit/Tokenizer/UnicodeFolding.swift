import CICUShim

/// Unicode folding through ICU, reached only for text that is not pure ASCII.
enum UnicodeFolding {
    /// NFKC case folding plus removal of combining marks: `ＥＤＴＡ－２Ｎａ` -> `edta-2na`, `Ingrédients` -> `ingredients`.
    static func fold(_ bytes: [UInt8]) -> [UInt8] {
        call(bytes, smp_icu_fold_utf8)
    }

    private static func call(
        _ bytes: [UInt8],
        _ function: (UnsafePointer<UInt8>?, Int32, UnsafeMutablePointer<UInt8>?, Int32) -> Int32
    ) -> [UInt8] {
        guard !bytes.isEmpty, bytes.count < Int(Int32.max / 4) else { return bytes }
        var capacity = bytes.count * 3 + 16
        while true {
            var output = [UInt8](repeating: 0, count: capacity)
            let written = bytes.withUnsafeBufferPointer { source in
                output.withUnsafeMutableBufferPointer { destination in
                    function(source.baseAddress, Int32(source.count), destination.baseAddress, Int32(capacity))
                }
            }
            if written < 0 { return bytes }
            if Int(written) <= capacity {
                output.removeLast(capacity - Int(written))
                return output
            }
            capacity = Int(written)
        }
    }
}
