using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.Intrinsics;

namespace ProjectMap.Tiles.Output;

/// <summary>
/// Writes a square tile as a PNG: 8-bit RGB for opaque tiles, 8-bit RGBA with straight (unpremultiplied) alpha
/// otherwise; every row Up-filtered (vectorised), one IDAT chunk deflated by .NET's zlib (zlib-ng) at level 2.
/// Chosen over Skia's PNG encoder (Paeth filter, zlib 1, with its unpremultiply and channel-strip passes) by encoding the
/// same tiles on one core: 200 zoom-22 tiles of the sample photo 1.1 against 1.8 ms a tile and 9 % smaller output, 100
/// zoom-22 tiles of Brighton Beach DJI_0018 2.9 against 3.1 ms a tile and 2 % larger output.
/// </summary>
internal static class PngTileWriter
{
    private const int ZlibLevel = 2;
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly uint[] CrcTable = BuildCrcTable();

    [ThreadStatic]
    private static MemoryStream? t_idat;

    /// <summary>Encodes <paramref name="rgbaPremul"/> (size × size × 4 premultiplied bytes) as PNG; RGB without alpha when <paramref name="opaque"/>.</summary>
    public static byte[] Encode(ReadOnlySpan<byte> rgbaPremul, int size, bool opaque)
    {
        var bpp = opaque ? 3 : 4;
        var stride = size * bpp;
        var filteredLength = (stride + 1) * size;
        var filtered = ArrayPool<byte>.Shared.Rent(filteredLength);
        var rows = ArrayPool<byte>.Shared.Rent(stride * 2);
        try
        {
            var previous = rows.AsSpan(0, stride);
            var current = rows.AsSpan(stride, stride);
            previous.Clear();
            for (var y = 0; y < size; y++)
            {
                var source = rgbaPremul.Slice(y * size * 4, size * 4);
                if (opaque)
                {
                    PackRgb(source, current);
                }
                else
                {
                    Unpremultiply(source, current);
                }

                var row = filtered.AsSpan(y * (stride + 1), stride + 1);
                row[0] = 2; // PNG filter type 2 (Up): each byte minus the byte above it; the row above row 0 is zeros.
                Up(current, previous, row[1..]);
                var swap = previous;
                previous = current;
                current = swap;
            }

            // The deflated stream goes into a per-thread buffer reused across tiles; only the finished PNG is allocated.
            var idat = t_idat ??= new MemoryStream(filteredLength);
            idat.SetLength(0);
            using (var zlib = new ZLibStream(idat, new ZLibCompressionOptions { CompressionLevel = ZlibLevel }, leaveOpen: true))
            {
                zlib.Write(filtered, 0, filteredLength);
            }

            var compressed = idat.GetBuffer().AsSpan(0, (int)idat.Length);
            var png = new byte[Signature.Length + (12 + 13) + (12 + compressed.Length) + 12];
            Signature.CopyTo(png, 0);
            Span<byte> header = stackalloc byte[13];
            BinaryPrimitives.WriteInt32BigEndian(header, size);
            BinaryPrimitives.WriteInt32BigEndian(header[4..], size);
            header[8] = 8; // bit depth
            header[9] = (byte)(opaque ? 2 : 6); // colour type: 2 = RGB, 6 = RGBA
            header[10] = 0; // deflate
            header[11] = 0; // adaptive filtering (per-row filter bytes)
            header[12] = 0; // not interlaced
            var at = WriteChunk(png, Signature.Length, "IHDR"u8, header);
            at = WriteChunk(png, at, "IDAT"u8, compressed);
            WriteChunk(png, at, "IEND"u8, []);
            return png;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(filtered);
            ArrayPool<byte>.Shared.Return(rows);
        }
    }

    /// <summary>The CRC-32 of PNG (ISO 3309, polynomial 0xEDB88320) over <paramref name="data"/>, continuing from <paramref name="crc"/>.</summary>
    internal static uint Crc32(ReadOnlySpan<byte> data, uint crc = 0)
    {
        var c = ~crc;
        foreach (var b in data)
        {
            c = CrcTable[(c ^ b) & 0xFF] ^ (c >> 8);
        }

        return ~c;
    }

    private static void PackRgb(ReadOnlySpan<byte> rgba, Span<byte> rgb)
    {
        // Opaque: premultiplied equals straight colour; drop every fourth byte.
        var i = 0;
        var o = 0;
        var drop = Vector128.Create((byte)0, 1, 2, 4, 5, 6, 8, 9, 10, 12, 13, 14, 0x80, 0x80, 0x80, 0x80);
        for (; i + 16 <= rgba.Length && o + 16 <= rgb.Length; i += 16, o += 12)
        {
            Vector128.Shuffle(Vector128.Create(rgba.Slice(i, 16)), drop).CopyTo(rgb[o..]);
        }

        for (; i < rgba.Length; i += 4, o += 3)
        {
            rgb[o] = rgba[i];
            rgb[o + 1] = rgba[i + 1];
            rgb[o + 2] = rgba[i + 2];
        }
    }

    private static void Unpremultiply(ReadOnlySpan<byte> premul, Span<byte> rgba)
    {
        for (var i = 0; i < premul.Length; i += 4)
        {
            int a = premul[i + 3];
            if (a == 255 || a == 0)
            {
                // Opaque pixels are already straight; transparent ones are all zeros (the renderer writes nothing there).
                rgba[i] = a == 0 ? (byte)0 : premul[i];
                rgba[i + 1] = a == 0 ? (byte)0 : premul[i + 1];
                rgba[i + 2] = a == 0 ? (byte)0 : premul[i + 2];
                rgba[i + 3] = (byte)a;
                continue;
            }

            var half = a / 2;
            rgba[i] = (byte)Math.Min(255, ((premul[i] * 255) + half) / a);
            rgba[i + 1] = (byte)Math.Min(255, ((premul[i + 1] * 255) + half) / a);
            rgba[i + 2] = (byte)Math.Min(255, ((premul[i + 2] * 255) + half) / a);
            rgba[i + 3] = (byte)a;
        }
    }

    private static void Up(ReadOnlySpan<byte> current, ReadOnlySpan<byte> previous, Span<byte> output)
    {
        var i = 0;
        for (; i + 16 <= current.Length; i += 16)
        {
            (Vector128.Create(current.Slice(i, 16)) - Vector128.Create(previous.Slice(i, 16))).CopyTo(output[i..]);
        }

        for (; i < current.Length; i++)
        {
            output[i] = (byte)(current[i] - previous[i]);
        }
    }

    /// <summary>Writes length, type, data and CRC at <paramref name="at"/>; returns the offset after the chunk.</summary>
    private static int WriteChunk(byte[] png, int at, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(at), data.Length);
        type.CopyTo(png.AsSpan(at + 4));
        data.CopyTo(png.AsSpan(at + 8));
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(at + 8 + data.Length), Crc32(data, Crc32(type)));
        return at + 12 + data.Length;
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
