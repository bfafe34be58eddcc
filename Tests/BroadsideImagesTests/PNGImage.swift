import Glibc
import PangoShim

/// A PNG file read back with Cairo, for looking at what a card drew.
struct PNGImage {
    let width: Int
    let height: Int
    /// Each pixel's 0xRRGGBB, row by row.
    private let pixels: [UInt32]

    init?(_ bytes: [UInt8]) {
        var width: Int32 = 0, height: Int32 = 0
        var pixels: UnsafeMutablePointer<UInt32>?
        guard bs_png_read(bytes, bytes.count, &width, &height, &pixels) != 0, let pixels else { return nil }
        defer { free(pixels) }
        self.width = Int(width)
        self.height = Int(height)
        self.pixels = Array(UnsafeBufferPointer(start: pixels, count: self.width * self.height))
    }

    /// The pixel's red, green and blue, 0 to 255.
    func color(x: Int, y: Int) -> (red: Int, green: Int, blue: Int) {
        let pixel = pixels[y * width + x]
        return (Int(pixel >> 16), Int(pixel >> 8 & 0xFF), Int(pixel & 0xFF))
    }

    /// The smallest rectangle holding every pixel of `columns` that `isInk` says is ink: its
    /// left, right, top and bottom columns and rows, or `nil` when there is none.
    func inkBounds(in columns: Range<Int>, where isInk: (_ red: Int, _ green: Int, _ blue: Int) -> Bool)
        -> (left: Int, right: Int, top: Int, bottom: Int)? {
        var bounds: (left: Int, right: Int, top: Int, bottom: Int)?
        for y in 0..<height {
            for x in columns {
                let (red, green, blue) = color(x: x, y: y)
                guard isInk(red, green, blue) else { continue }
                if let old = bounds {
                    bounds = (min(old.left, x), max(old.right, x), min(old.top, y), max(old.bottom, y))
                } else {
                    bounds = (x, x, y, y)
                }
            }
        }
        return bounds
    }
}
