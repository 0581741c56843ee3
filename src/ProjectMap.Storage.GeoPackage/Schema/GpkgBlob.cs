using System.Buffers.Binary;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace ProjectMap.Storage.GeoPackage.Schema;

/// <summary>
/// GeoPackage binary geometry (GPKG header + ISO WKB, OGC 12-128r18 §2.1.3): encoding with an envelope in the header,
/// decoding, and the fast envelope read the R-tree triggers' ST_MinX…ST_MaxY functions need.
/// </summary>
public static class GpkgBlob
{
    /// <summary>Encodes a 2-D geometry with its SRID and an [minx, maxx, miny, maxy] envelope.</summary>
    public static byte[] Encode(Geometry geometry)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        var writer = new GeoPackageGeoWriter { HandleOrdinates = Ordinates.XY };
        return writer.Write(geometry);
    }

    /// <summary>Decodes a GeoPackage geometry blob; the SRID is taken from the header.</summary>
    public static Geometry Decode(byte[] blob)
    {
        ArgumentNullException.ThrowIfNull(blob);
        var reader = new GeoPackageGeoReader { HandleSRID = true };
        return reader.Read(blob);
    }

    /// <summary>True when the blob is flagged empty (or has no geometry at all).</summary>
    public static bool IsEmpty(byte[]? blob) => blob is null || blob.Length < 8 || (blob[3] & 0x10) != 0 || Envelope(blob).IsNull;

    /// <summary>The blob's envelope: from the header when it has one, otherwise by decoding the geometry.</summary>
    public static Envelope Envelope(byte[] blob)
    {
        ArgumentNullException.ThrowIfNull(blob);
        if (blob.Length < 8 || blob[0] != (byte)'G' || blob[1] != (byte)'P')
        {
            throw new FormatException("not a GeoPackage geometry blob");
        }

        var flags = blob[3];
        var littleEndian = (flags & 0x01) != 0;
        var indicator = (flags >> 1) & 0x07;
        if (indicator is >= 1 and <= 4 && blob.Length >= 8 + 32)
        {
            double Read(int offset) => littleEndian
                ? BinaryPrimitives.ReadDoubleLittleEndian(blob.AsSpan(offset, 8))
                : BinaryPrimitives.ReadDoubleBigEndian(blob.AsSpan(offset, 8));
            return new Envelope(Read(8), Read(16), Read(24), Read(32));
        }

        return (flags & 0x10) != 0 ? new Envelope() : Decode(blob).EnvelopeInternal;
    }
}
