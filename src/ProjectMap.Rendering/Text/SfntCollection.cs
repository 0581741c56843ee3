using System.Buffers.Binary;

namespace ProjectMap.Rendering.Text;

/// <summary>
/// Takes one font out of a TrueType collection (.ttc) as a standalone .ttf. Skia's PDF backend embeds only plain
/// TrueType/OpenType data as a real (subset, CID) font; a face loaded from a collection is written as Type 3 glyph
/// procedures instead, which viewers render poorly and copy/paste less reliably. Fonts that are not collections are
/// returned unchanged.
/// </summary>
public static class SfntCollection
{
    private const uint TtcTag = 0x74746366; // 'ttcf'

    /// <summary>True when <paramref name="data"/> starts with the collection tag 'ttcf'.</summary>
    public static bool IsCollection(ReadOnlySpan<byte> data) => data.Length >= 12 && BinaryPrimitives.ReadUInt32BigEndian(data) == TtcTag;

    /// <summary>
    /// The font at <paramref name="index"/> of a collection as a standalone sfnt file (tables copied 4-byte aligned,
    /// offsets and the head table's checksum adjustment recomputed); a non-collection is returned as is.
    /// Throws <see cref="InvalidDataException"/> when the data is not a well-formed font.
    /// </summary>
    public static byte[] Extract(byte[] data, int index)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (!IsCollection(data))
        {
            return data;
        }

        var count = (int)ReadU32(data, 8);
        if (index < 0 || index >= count || 12 + (4 * count) > data.Length)
        {
            throw new InvalidDataException($"font collection has {count} fonts; index {index} is not one of them");
        }

        var offset = (int)ReadU32(data, 12 + (4 * index));
        var numTables = ReadU16(data, offset + 4);
        var tables = new List<(uint Tag, uint Checksum, int Offset, int Length)>();
        for (var i = 0; i < numTables; i++)
        {
            var record = offset + 12 + (16 * i);
            var tableOffset = (int)ReadU32(data, record + 8);
            var length = (int)ReadU32(data, record + 12);
            if (tableOffset < 0 || length < 0 || tableOffset + (long)length > data.Length)
            {
                throw new InvalidDataException("font collection table lies outside the file");
            }

            tables.Add((ReadU32(data, record), ReadU32(data, record + 4), tableOffset, length));
        }

        var headerLength = 12 + (16 * numTables);
        var total = headerLength + tables.Sum(t => Align4(t.Length));
        var output = new byte[total];
        data.AsSpan(offset, 12).CopyTo(output);
        var position = headerLength;
        var headAt = -1;
        for (var i = 0; i < tables.Count; i++)
        {
            var (tag, checksum, from, length) = tables[i];
            var record = 12 + (16 * i);
            BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(record), tag);
            BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(record + 4), checksum);
            BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(record + 8), (uint)position);
            BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(record + 12), (uint)length);
            data.AsSpan(from, length).CopyTo(output.AsSpan(position));
            if (tag == 0x68656164 && length >= 12) // 'head'
            {
                headAt = position;
            }

            position += Align4(length);
        }

        if (headAt >= 0)
        {
            // checkSumAdjustment = 0xB1B0AFBA − checksum of the whole font computed with the field set to zero.
            BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(headAt + 8), 0);
            uint sum = 0;
            for (var i = 0; i + 4 <= output.Length; i += 4)
            {
                sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(output.AsSpan(i)));
            }

            BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(headAt + 8), unchecked(0xB1B0AFBA - sum));
        }

        return output;
    }

    private static int Align4(int length) => (length + 3) & ~3;

    private static uint ReadU32(byte[] data, int at) =>
        at >= 0 && at + 4 <= data.Length ? BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(at)) : throw new InvalidDataException("font file is truncated");

    private static int ReadU16(byte[] data, int at) =>
        at >= 0 && at + 2 <= data.Length ? BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(at)) : throw new InvalidDataException("font file is truncated");
}
