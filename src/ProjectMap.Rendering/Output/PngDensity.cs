using System.Buffers.Binary;
using System.Text;

namespace ProjectMap.Rendering.Output;

/// <summary>
/// Records a PNG's pixel density: a <c>pHYs</c> chunk (pixels per metre, unit = metre) inserted right after
/// <c>IHDR</c>, replacing any there was, so viewers and printers know the intended print size.
/// </summary>
public static class PngDensity
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>A copy of <paramref name="png"/> with a pHYs chunk for <paramref name="dpi"/> dots per inch.</summary>
    public static byte[] WithDpi(byte[] png, double dpi)
    {
        ArgumentNullException.ThrowIfNull(png);
        CheckSignature(png);
        var ppm = (uint)Math.Round(dpi / 0.0254);
        var data = new byte[9];
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(0), ppm);
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(4), ppm);
        data[8] = 1;
        var chunk = Chunk("pHYs", data);
        using var output = new MemoryStream(png.Length + chunk.Length);
        output.Write(Signature);
        var offset = Signature.Length;
        var inserted = false;
        while (offset < png.Length)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(offset));
            var type = Encoding.ASCII.GetString(png, offset + 4, 4);
            var total = 12 + length;
            if (type != "pHYs")
            {
                output.Write(png, offset, total);
            }

            if (type == "IHDR" && !inserted)
            {
                output.Write(chunk);
                inserted = true;
            }

            offset += total;
        }

        return output.ToArray();
    }

    /// <summary>The density a PNG records in dots per inch, or null when it has no pHYs chunk in metres.</summary>
    public static double? ReadDpi(byte[] png)
    {
        ArgumentNullException.ThrowIfNull(png);
        CheckSignature(png);
        var offset = Signature.Length;
        while (offset + 8 <= png.Length)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(offset));
            var type = Encoding.ASCII.GetString(png, offset + 4, 4);
            if (type == "pHYs" && length == 9 && png[offset + 16] == 1)
            {
                return BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(offset + 8)) * 0.0254;
            }

            if (type == "IDAT")
            {
                return null;
            }

            offset += 12 + length;
        }

        return null;
    }

    /// <summary>The PNG chunk checksum: CRC-32 (ISO 3309, polynomial 0xEDB88320) over the chunk's type and data.</summary>
    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }

    private static void CheckSignature(byte[] png)
    {
        if (png.Length < Signature.Length + 12 || !png.AsSpan(0, Signature.Length).SequenceEqual(Signature))
        {
            throw new InvalidDataException("not a PNG file");
        }
    }

    private static byte[] Chunk(string type, byte[] data)
    {
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, (uint)data.Length);
        Encoding.ASCII.GetBytes(type, chunk.AsSpan(4));
        data.CopyTo(chunk, 8);
        var crc = Crc32(chunk.AsSpan(4, 4 + data.Length));
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), crc);
        return chunk;
    }
}
